package org.replyletter.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.replyletter.json.ReadLimits;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The recording parser's string nodes hold the very strings the reader made (no second string, no
 * copy of the parser's buffer), and the tree is whole wherever reading stops. {@code
 * SinglePassReadTest} compares whole trees with Jackson's {@code readTree}.
 */
class TreeRecordingParserTest {
  private static final JsonSupport SUPPORT = new JsonSupport(ReadLimits.defaults());

  private static TreeRecordingParser parser(String json) {
    return new TreeRecordingParser(SUPPORT.createLetterParser(json.getBytes(StandardCharsets.UTF_8), false));
  }

  @Test
  void stringNodes_holdTheStringsTheReaderMade() {
    try (TreeRecordingParser p = parser("{\"a\": \"晋残函〔2024〕7号\", \"b\": [\"x\", \"答复\"]}")) {
      p.nextToken();
      p.nextToken();
      assertEquals(JsonToken.VALUE_STRING, p.nextToken());
      // As the codecs do: scan the parser's buffer, then take the string.
      char[] buffer = p.getStringCharacters();
      assertEquals('晋', buffer[p.getStringOffset()]);
      String a = p.getString();
      p.nextToken(); // "b"
      p.nextToken(); // [
      p.nextToken();
      String x = p.getString();
      p.nextToken();
      String reply = p.getString();
      p.nextToken(); // ]
      p.nextToken(); // }
      JsonNode tree = p.tree();
      assertSame(a, tree.get("a").stringValue());
      assertSame(x, tree.get("b").get(0).stringValue());
      assertSame(reply, tree.get("b").get(1).stringValue());
    }
  }

  @Test
  void stringsNobodyRead_areInTheTreeToo() {
    try (TreeRecordingParser p = parser("{\"a\": [\"x\", {\"b\": \"y\"}], \"c\": \"z\"}")) {
      p.nextToken();
      p.skipChildren();
      assertEquals("{\"a\":[\"x\",{\"b\":\"y\"}],\"c\":\"z\"}", p.tree().toString());
    }
  }

  @Test
  void rootString_isTheTree_onceRead() {
    try (TreeRecordingParser p = parser("\"晋\"")) {
      assertNull(p.tree());
      p.nextToken();
      assertEquals("晋", p.tree().stringValue());
    }
  }
}
