/**
 * Importing reply letters from plain text and rendering letters back to text. <strong>API.</strong>
 *
 * <p>{@link org.replyletter.text.LetterImporter} reads the text of a published letter (as found on
 * government sites or in office documents) into a {@link org.replyletter.ReplyLetter} together with
 * an {@link org.replyletter.text.ImportReport} that says which line went where, what was
 * normalised, and which lines could not be placed: nothing of the input is silently dropped.
 * {@link org.replyletter.text.LetterRenderer} writes a letter in the official order as plain text
 * or Markdown; importing rendered plain text gives the letter back.
 *
 * <p>Implementation lives in {@code org.replyletter.text.internal}, which is not exported.
 *
 * @since 0.1.0
 */
package org.replyletter.text;
