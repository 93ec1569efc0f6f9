package org.replyletter.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.replyletter.layout.DocumentLimits;
import org.replyletter.text.TextInputException;

/**
 * Checks a .docx before POI opens it, which inflates every part into memory and builds a tree of
 * each XML part: the zip is unpacked once here with every byte counted (a zip bomb stops at
 * {@link DocumentLimits#maxUnpackedBytes()}), the parts are counted, and each XML part is scanned
 * with StAX for its nesting depth and refused if it declares a document type (the way to entity
 * expansion and external entities).
 */
public final class DocxGuard {
  private DocxGuard() {}

  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
  }

  /** Checks the bytes; returns normally if POI may open them. */
  public static void check(byte[] bytes, String source, DocumentLimits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      throw limit(source, "document larger than " + limits.maxFileBytes() + " bytes (DocumentLimits.maxFileBytes)");
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw malformed(source, "not a Word document (.docx): not a zip file", null);
    }
    long unpacked = 0;
    int entries = 0;
    boolean document = false;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > limits.maxEntries()) {
          throw limit(source, "more than " + limits.maxEntries() + " parts (DocumentLimits.maxEntries)");
        }
        String name = e.getName();
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        document |= name.equals("word/document.xml");
        ByteArrayOutputStream part = xml ? new ByteArrayOutputStream() : null;
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          unpacked += n;
          if (unpacked > limits.maxUnpackedBytes()) {
            throw limit(source, "unpacks to more than " + limits.maxUnpackedBytes()
                + " bytes (DocumentLimits.maxUnpackedBytes; a zip bomb?)");
          }
          if (part != null) {
            part.write(buffer, 0, n);
          }
        }
        if (part != null) {
          scan(part.toByteArray(), name, source, limits.maxDepth());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw malformed(source, "not a Word document (.docx): unreadable zip: " + e.getMessage(), e);
    }
    if (!document) {
      throw malformed(source, "not a Word document (.docx): no word/document.xml", null);
    }
  }

  private static void scan(byte[] xml, String part, String source, int maxDepth) {
    XMLStreamReader r = null;
    try {
      r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (++depth > maxDepth) {
            throw limit(source, part + ": elements nested deeper than " + maxDepth + " (DocumentLimits.maxDepth)");
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.DTD) {
          throw malformed(source, part + ": a document type declaration is not allowed in a .docx (entities)", null);
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw malformed(source, part + ": entity reference &" + r.getLocalName() + "; is not allowed in a .docx", null);
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(source, part + ": not well-formed XML: " + e.getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // Reading is over; nothing is held.
        }
      }
    }
  }

  static TextInputException limit(String source, String message) {
    return new TextInputException(TextInputException.Reason.LIMIT_EXCEEDED, source, 0, 0, message, null);
  }

  static TextInputException malformed(String source, String message, Throwable cause) {
    return new TextInputException(TextInputException.Reason.MALFORMED_INPUT, source, 0, 0, message, cause);
  }
}
