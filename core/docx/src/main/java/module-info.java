/**
 * Reply letters as Word documents (.docx): {@link org.replyletter.docx.DocxRenderer} writes a letter
 * in the layout of GB/T 9704-2012, {@link org.replyletter.docx.DocxImporter} reads a .docx through
 * the core's text importer. Brings Apache POI, which users of the core alone do not get.
 */
@SuppressWarnings("requires-automatic")
module org.replyletter.docx {
  requires transitive org.replyletter.core;
  requires transitive org.replyletter.layout;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.poi.poi;
  requires org.apache.xmlbeans;
  requires java.xml;
  requires static org.immutables.value.annotations;

  exports org.replyletter.docx;
}
