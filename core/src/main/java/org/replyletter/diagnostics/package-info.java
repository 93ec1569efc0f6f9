/**
 * What the library finds wrong in a document, whichever part found it: a
 * {@link org.replyletter.diagnostics.Finding} has a stable code, a
 * {@link org.replyletter.diagnostics.Severity}, a JSON Pointer, a line and column when the document
 * was read from text, and a message in Chinese or English. <strong>API.</strong>
 *
 * <p>Reading ({@code org.replyletter.json}), validation ({@code org.replyletter.validation}) and the
 * subsidy calculator ({@code org.replyletter.subsidy}) all report in these terms; this package depends
 * on none of them.
 */
package org.replyletter.diagnostics;
