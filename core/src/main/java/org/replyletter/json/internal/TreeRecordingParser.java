package org.replyletter.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parser that builds the document's tree from the tokens its reader pulls: the codecs bind the
 * letter (with byte offsets) and the tree for the JSON Schema comes out of the same pass, so the
 * document is parsed once. Every way of moving on goes through {@link #nextToken()}, skipping
 * included, so the tree is whole however much the reader skips. Nodes are made as Jackson's own
 * {@code readTree} makes them with default features (ints by size, floats as doubles), which
 * {@code SinglePassReadTest} checks.
 */
final class TreeRecordingParser extends JsonParserDelegate {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Deque<JsonNode> open = new ArrayDeque<>();
  private String name;
  private JsonNode root;
  private boolean pendingString;

  TreeRecordingParser(JsonParser source) {
    super(source);
  }

  /** The tree, once the root value has been read to its end; else null. */
  JsonNode tree() {
    attachPendingString();
    return open.isEmpty() ? root : null;
  }

  /**
   * Attaches the string value the parser was on, once its reader is done with it. Taking the text
   * when the token comes would make the string first; a reader that then scans the parser's own
   * buffer ({@code getStringCharacters}) would get a copy of it. Taken afterwards, it is the string
   * the reader made, cached by the parser.
   */
  private void attachPendingString() {
    if (pendingString) {
      pendingString = false;
      attach(NODES.stringNode(delegate.getString()));
    }
  }

  @Override
  public JsonToken nextToken() {
    attachPendingString();
    JsonToken t = delegate.nextToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case START_OBJECT:
        JsonNode object = NODES.objectNode();
        attach(object);
        open.push(object);
        break;
      case START_ARRAY:
        JsonNode array = NODES.arrayNode();
        attach(array);
        open.push(array);
        break;
      case END_OBJECT:
      case END_ARRAY:
        open.pop();
        break;
      case PROPERTY_NAME:
        name = delegate.currentName();
        break;
      case VALUE_STRING:
        pendingString = true;
        break;
      case VALUE_NUMBER_INT:
        switch (delegate.getNumberType()) {
          case INT:
            attach(NODES.numberNode(delegate.getIntValue()));
            break;
          case LONG:
            attach(NODES.numberNode(delegate.getLongValue()));
            break;
          default:
            attach(NODES.numberNode(delegate.getBigIntegerValue()));
        }
        break;
      case VALUE_NUMBER_FLOAT:
        attach(
            delegate.getNumberTypeFP() == NumberTypeFP.BIG_DECIMAL
                ? NODES.numberNode(delegate.getDecimalValue())
                : delegate.getNumberTypeFP() == NumberTypeFP.FLOAT32
                    ? NODES.numberNode(delegate.getFloatValue())
                    : NODES.numberNode(delegate.getDoubleValue()));
        break;
      case VALUE_TRUE:
        attach(NODES.booleanNode(true));
        break;
      case VALUE_FALSE:
        attach(NODES.booleanNode(false));
        break;
      case VALUE_NULL:
        attach(NODES.nullNode());
        break;
      default:
        // VALUE_EMBEDDED_OBJECT and NOT_AVAILABLE do not occur in JSON text.
        throw new IllegalStateException("unexpected token " + t);
    }
    return t;
  }

  private void attach(JsonNode node) {
    JsonNode parent = open.peek();
    if (parent == null) {
      root = node;
    } else if (parent.isObject()) {
      // Jackson's duplicate detection is off for the letter's parsers (Duplicates): the tree sees
      // every object, skipped ones included. Found when the value comes, one map operation for both.
      if (((ObjectNode) parent).replace(name, node) != null) {
        throw Duplicates.duplicate(this, name);
      }
    } else {
      ((ArrayNode) parent).add(node);
    }
  }

  @Override
  public JsonToken nextValue() {
    JsonToken t = nextToken();
    return t == JsonToken.PROPERTY_NAME ? nextToken() : t;
  }

  @Override
  public String nextName() {
    return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
  }

  @Override
  public boolean nextName(SerializableString str) {
    return nextToken() == JsonToken.PROPERTY_NAME && str.getValue().equals(currentName());
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    JsonToken t = nextToken();
    if (t == JsonToken.PROPERTY_NAME) {
      return matcher.matchName(currentName());
    }
    return t == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
  }

  @Override
  public JsonParser skipChildren() {
    JsonToken t = currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return this;
    }
    int depth = 1;
    while (depth > 0) {
      t = nextToken();
      if (t == null) {
        return this; // truncated input: the parser reports it on the next read
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
    }
    return this;
  }
}
