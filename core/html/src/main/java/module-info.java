/**
 * Reply letters as HTML pages: {@link org.replyletter.html.HtmlRenderer} writes one
 * self-contained, accessible page in the layout of GB/T 9704-2012 (no library needed);
 * {@link org.replyletter.html.HtmlImporter} reads a published page with jsoup through the core's
 * text importer. Users of the core alone do not get jsoup.
 */
@SuppressWarnings("requires-automatic")
module org.replyletter.html {
  requires transitive org.replyletter.core;
  requires transitive org.replyletter.layout;
  requires org.jsoup;
  requires static org.immutables.value.annotations;

  exports org.replyletter.html;
}
