package org.replyletter.text;

/**
 * The text form a {@link LetterRenderer} writes.
 *
 * @since 0.1.0
 */
public enum RenderFormat {
  /** Plain text in the official order; {@link LetterImporter} reads it back to an equal letter. */
  TEXT,
  /** Markdown for reading on screen: title as heading, sections and checklist as sub-headings. */
  MARKDOWN
}
