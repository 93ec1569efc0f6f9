package org.replyletter.validation;

import org.replyletter.diagnostics.Severity;
import org.replyletter.diagnostics.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A {@link JsonTreeCheck} for tests, registered in {@code META-INF/services} of the test class path.
 * It imitates a schema validator on trigger values that no real letter contains, so that it is
 * silent for every other test:
 *
 * <ul>
 *   <li>{@code TEST-TREE-001} at every string starting with {@code tree-check:} (nothing else
 *       reports it, so it must be kept);
 *   <li>{@code TEST-TREE-002} (kind {@code RL-JSON-004}) and {@code TEST-TREE-005} (kind
 *       {@code RL-JSON-006}) when {@code /title} is not a string: the reader reports a wrong type
 *       there, so the first is dropped and the second, of another kind, kept;
 *   <li>{@code TEST-TREE-003} (kind unknown) at {@code /classification} when it lacks {@code code}, as
 *       schema validators report "required" at the object; the reader reports {@code /classification/code};
 *   <li>{@code TEST-TREE-004} at {@code /documentNumber} when it contains {@code [}, as a pattern
 *       would; the rule RL-DOC-002 reports the same place;
 *   <li>throws for a document whose {@code supplementaryNote} is {@code tree-check-throw}.
 *   <li>words {@code TEST-TREE-001} itself, in Chinese and English.
 * </ul>
 */
public final class TestTreeCheck implements JsonTreeCheck {
  private static final Map<String, String> KINDS = Map.of("TEST-TREE-002", "RL-JSON-004", "TEST-TREE-005", "RL-JSON-006");

  /** Creates the check; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
  public TestTreeCheck() {}

  @Override
  public String name() {
    return "test-tree";
  }

  @Override
  public List<Finding> check(JsonNode tree) {
    List<Finding> out = new ArrayList<>();
    walk(tree, "", out);
    JsonNode title = tree.get("title");
    if (title != null && !title.isString()) {
      out.add(Finding.of("TEST-TREE-002", Severity.ERROR, "/title"));
      out.add(Finding.of("TEST-TREE-005", Severity.ERROR, "/title"));
    }
    JsonNode classification = tree.get("classification");
    if (classification != null && classification.isObject() && !classification.has("code")) {
      out.add(Finding.of("TEST-TREE-003", Severity.ERROR, "/classification"));
    }
    JsonNode number = tree.get("documentNumber");
    if (number != null && number.isString() && number.stringValue().contains("[")) {
      out.add(Finding.of("TEST-TREE-004", Severity.WARNING, "/documentNumber"));
    }
    JsonNode note = tree.get("supplementaryNote");
    if (note != null && note.isString() && note.stringValue().equals("tree-check-throw")) {
      throw new IllegalStateException("boom");
    }
    return out;
  }

  private static void walk(JsonNode node, String pointer, List<Finding> out) {
    if (node.isString() && node.stringValue().startsWith("tree-check:")) {
      out.add(Finding.of("TEST-TREE-001", Severity.WARNING, pointer));
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  /** Its own wording of TEST-TREE-001, in both languages; the other codes have none. */
  @Override
  public Optional<String> messagePattern(String messageKey, java.util.Locale locale) {
    if (!messageKey.equals("TEST-TREE-001")) {
      return Optional.empty();
    }
    return Optional.of(locale.getLanguage().equals("zh") ? "测试检查的文本" : "Text marked for the test check");
  }

  @Override
  public Optional<String> readerCode(Finding finding) {
    return Optional.ofNullable(KINDS.get(finding.code()));
  }
}
