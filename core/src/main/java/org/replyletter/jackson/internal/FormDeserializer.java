package org.replyletter.jackson.internal;

import java.util.ArrayList;
import java.util.List;
import org.replyletter.diagnostics.Finding;
import org.replyletter.jackson.JsonFindingsException;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.internal.ReadContext;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a value of the library straight from a user's parser, with the library's codecs and their
 * strictness: no tree, no second parse. Every problem is collected, at its JSON Pointer in the whole
 * document, and thrown at once as {@link JsonFindingsException}. A duplicate member or malformed
 * input stops the read with Jackson's own exception, as in the library's reader. Thread-safe.
 *
 * @param <T> the type
 */
public final class FormDeserializer<T> extends StdDeserializer<T> {
  private final Form<T> form;
  private final ReadLimits limits;

  /** A deserializer of {@code form} under {@code limits} (array length, number of findings). */
  public FormDeserializer(Form<T> form, ReadLimits limits) {
    super(form.type());
    this.form = form;
    this.limits = limits;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!form.readable()) {
      return ctxt.reportBadDefinition(ctxt.constructType(form.type()), form.notRead());
    }
    TokenStreamLocation start = p.currentTokenLocation();
    ReadContext rc = new ReadContext(false, limits);
    enter(p, rc);
    T value = form.read(p, rc);
    if (rc.problemCount() == 0) {
      return value;
    }
    List<Finding> findings = new ArrayList<>(rc.problems());
    Finding omitted = rc.omittedFinding();
    if (omitted != null) {
      findings.add(omitted);
    }
    throw new JsonFindingsException(p, start, form.type(), findings);
  }

  /**
   * Enters, in {@code rc}, the path of the value the parser is on within the whole document, so that
   * findings point into the document the user's mapper reads.
   */
  static void enter(JsonParser p, ReadContext rc) {
    TokenStreamContext c = p.streamReadContext();
    if (c != null && p.currentToken() != null && p.currentToken().isStructStart()) {
      c = c.getParent(); // the context the value is in, not the one it opens
    }
    if (c == null) {
      return;
    }
    for (JsonPointer ptr = c.pathAsPointer(); !ptr.matches(); ptr = ptr.tail()) {
      rc.push(ptr.getMatchingProperty());
    }
  }
}
