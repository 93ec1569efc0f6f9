/**
 * HTML output and input of reply letters. <strong>API.</strong>
 *
 * <p>{@link org.replyletter.html.HtmlRenderer} writes a letter as one HTML page in the GB/T
 * 9704-2012 layout of {@link org.replyletter.layout.OfficialLayout}, with print CSS that gives the
 * standard's page; {@link org.replyletter.html.HtmlImporter} reads the article of a page (without
 * the site's navigation, footer and scripts, with its tables) in reading order and imports it with
 * {@link org.replyletter.text.LetterImporter}, with the same report as text. The implementation is
 * in {@code org.replyletter.html.internal}, which is not exported.
 *
 * @since 0.1.0
 */
package org.replyletter.html;
