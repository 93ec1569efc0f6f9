/**
 * Internal implementation of text import and rendering: the line classifier, numeral and date
 * readers, and the writers. Not exported from the module; no compatibility promise.
 */
package org.replyletter.text.internal;
