package org.replyletter.jsonschema.internal;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Turns networknt errors into findings: a stable code per kind of problem, the same path the reader
 * uses for the same problem (a missing or unknown member is located at the member, as core does),
 * and arguments taken from the document and the schema rather than networknt's English text, so that
 * the messages can be rendered in Chinese and English from the bundles.
 */
final class SchemaFindings {
  /** Wrong JSON type (reader: RL-JSON-004). */
  static final String WRONG_TYPE = "RL-SCHEMA-001";
  /** Missing required member (reader: RL-JSON-005). */
  static final String MISSING = "RL-SCHEMA-002";
  /** Unknown member (reader: RL-JSON-003). */
  static final String UNKNOWN = "RL-SCHEMA-003";
  /** Value not allowed (reader: RL-JSON-006.enum). */
  static final String NOT_ALLOWED = "RL-SCHEMA-004";
  /** Text not in the required form (reader: RL-JSON-006 or RL-JSON-008). */
  static final String PATTERN = "RL-SCHEMA-005";
  /** Text not of the declared format. */
  static final String FORMAT = "RL-SCHEMA-006";
  /** Number out of range (reader: RL-JSON-006.range). */
  static final String RANGE = "RL-SCHEMA-007";
  /** The check itself failed on this input. */
  static final String FAILED = "RL-SCHEMA-008";
  /** Any other keyword. */
  static final String OTHER = "RL-SCHEMA-009";

  /** Pattern owners with a message of their own: {@code RL-SCHEMA-005.<name>}. */
  private static final Set<String> NAMED_PATTERNS = Set.of("documentNumber", "date", "schemaVersion");

  private SchemaFindings() {}

  static List<Finding> of(List<Error> errors, JsonNode schemaRoot) {
    Set<Finding> findings = new LinkedHashSet<>();
    for (Error e : errors) {
      findings.add(toFinding(e, schemaRoot));
    }
    // A value that fails its pattern and its format is one problem: keep the pattern's finding.
    Set<String> patternPaths = new java.util.HashSet<>();
    for (Finding f : findings) {
      if (f.code().equals(PATTERN)) {
        patternPaths.add(f.path());
      }
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!(f.code().equals(FORMAT) && patternPaths.contains(f.path()))) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /** The finding for a check that could not be completed, at the document's root. */
  static Finding failed(String reason) {
    return Finding.of(FAILED, Severity.ERROR, "", reason);
  }

  private static Finding toFinding(Error e, JsonNode schemaRoot) {
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    String path = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
    JsonNode value = e.getInstanceNode();
    String schemaPointer =
        e.getSchemaLocation() == null || e.getSchemaLocation().getFragment() == null
            ? ""
            : e.getSchemaLocation().getFragment().toString();
    JsonNode keywordSchema = at(schemaRoot, schemaPointer);
    JsonNode ownerSchema = at(schemaRoot, parent(schemaPointer));
    Finding.Builder f = Finding.builder().severity(Severity.ERROR);
    switch (keyword) {
      case "type":
        f.code(WRONG_TYPE).path(path).addArguments(typeList(keywordSchema), Json.typeOf(value));
        break;
      case "required":
        {
          String member = member(e);
          f.code(MISSING).path(child(path, member)).addArguments(member);
          break;
        }
      case "additionalProperties":
      case "unevaluatedProperties":
        {
          String member = member(e);
          f.code(UNKNOWN).path(endsWith(path, member) ? path : child(path, member)).addArguments(member);
          break;
        }
      case "enum":
      case "const":
        f.code(NOT_ALLOWED).path(path).addArguments(Json.text(value), allowed(keywordSchema));
        break;
      case "pattern":
        {
          String owner = lastName(parent(schemaPointer));
          f.code(PATTERN).path(path).addArguments(Json.text(value));
          if (NAMED_PATTERNS.contains(owner)) {
            f.messageKey(PATTERN + "." + owner);
          }
          break;
        }
      case "format":
        f.code(FORMAT).path(path).addArguments(Json.text(value), Json.text(keywordSchema));
        break;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        f.code(RANGE).path(path).addArguments(Json.text(value), range(ownerSchema));
        break;
      default:
        f.code(OTHER).path(path).addArguments(keyword, String.valueOf(e.getMessage()));
        break;
    }
    return f.build();
  }

  /** The member a required/additionalProperties error is about. */
  private static String member(Error e) {
    if (e.getProperty() != null) {
      return e.getProperty();
    }
    Object[] args = e.getArguments();
    return args != null && args.length > 0 ? String.valueOf(args[0]) : "";
  }

  private static JsonNode at(JsonNode root, String pointer) {
    try {
      return root.at(pointer);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private static String lastName(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  private static boolean endsWith(String pointer, String name) {
    return pointer.endsWith(child("", name));
  }

  private static String typeList(JsonNode type) {
    if (type == null) {
      return "";
    }
    if (type.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode t : type) {
        names.add(t.asString());
      }
      return String.join("|", names);
    }
    return type.asString();
  }

  private static String allowed(JsonNode values) {
    if (values == null) {
      return "";
    }
    if (!values.isArray()) {
      return Json.text(values);
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode v : values) {
      texts.add(Json.text(v));
    }
    return String.join(", ", texts);
  }

  private static String range(JsonNode owner) {
    if (owner == null) {
      return "";
    }
    JsonNode min = owner.get("minimum");
    JsonNode max = owner.get("maximum");
    return (min == null ? "" : min.asString()) + ".." + (max == null ? "" : max.asString());
  }
}
