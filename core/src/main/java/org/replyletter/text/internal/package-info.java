/**
 * Internal implementation of text import and rendering: the import pipeline ({@code
 * LetterTextParser} and its zone readers, a draft and a ledger), the proposal-reference and
 * stated-subsidy readers, and the writers. Not exported from the module; no compatibility promise.
 */
package org.replyletter.text.internal;
