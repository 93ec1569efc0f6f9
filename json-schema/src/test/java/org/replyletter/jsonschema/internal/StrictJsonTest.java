package org.replyletter.jsonschema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadLimits;
import org.replyletter.jsonschema.ReplyLetterSchema;
import org.replyletter.diagnostics.Finding;

/**
 * The schema module's reader refuses what core's reader refuses, with core's default limits and
 * the same codes, located where the limit was crossed, in words that do not name Jackson's settings.
 */
class StrictJsonTest {
  private static final JsonSupport CORE = new JsonSupport(ReadLimits.defaults());

  @Test
  void tooDeep_isALimitFinding_atTheBracketThatCrossedIt() {
    String deep = "[".repeat(65) + "]".repeat(65);
    Finding f = refusedLikeCore("{\"a\":\n  " + deep + "}");
    assertEquals("RL-JSON-009", f.code());
    assertEquals(List.of(2, 66), List.of(f.line().getAsInt(), f.column().getAsInt())); // the 64th [, 65 deep
    assertEquals("/a" + "/0".repeat(63), f.path());
    assertTrue(f.message(Locale.ENGLISH).contains("64"), f.message(Locale.ENGLISH));
  }

  @Test
  void tooLongString_andName_areLimitFindings_located() {
    String big = "晋".repeat(ReadLimits.defaults().maxStringLength() + 1);
    Finding f = refusedLikeCore("{\"ok\":1,\"a\":\"" + big + "\"}");
    assertEquals("/a", f.path());
    assertEquals(List.of(1, 13), List.of(f.line().getAsInt(), f.column().getAsInt())); // its start
    assertEquals("RL-JSON-009", refusedLikeCore("{\"" + big + "\":1}").code());
  }

  @Test
  void tooLongNumbers_areLimitFindings_atTheirValue() {
    for (String n : List.of("1".repeat(101), "0." + "1".repeat(101), "1e" + "1".repeat(200), "-" + "9".repeat(150))) {
      Finding f = refusedLikeCore("{\"x\": [1, " + n + "]}");
      assertEquals("RL-JSON-009", f.code(), n);
      assertEquals("/x/1", f.path(), n);
      assertEquals(11, f.column().getAsInt(), n); // the number's start
    }
  }

  @Test
  void tooLongArray_isALimitFinding_atItsFirstElementOverTheLimit() {
    int max = ReadLimits.defaults().maxArrayLength();
    String json = "{\"ok\":[1,2],\n\"a\":[" + "0,".repeat(max) + "0]}";
    Finding f = refused(json.getBytes(StandardCharsets.UTF_8));
    assertEquals("RL-JSON-009", f.code());
    assertEquals("RL-JSON-009.array", f.messageKey());
    assertEquals("/a/" + max, f.path());
    assertEquals(2, f.line().getAsInt());
    assertEquals(6 + 2 * max, f.column().getAsInt());
    // Exactly at the limit is readable.
    StrictJson.parse(("[" + "0,".repeat(max - 1) + "0]").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tooLarge_isTheSizeFinding() {
    byte[] json = new byte[(int) ReadLimits.defaults().maxDocumentBytes() + 1];
    java.util.Arrays.fill(json, (byte) ' ');
    Finding f = refused(json);
    assertEquals(CORE.precheck(json), f);
  }

  @Test
  void utf16AndUtf32_areRefusedAsCoreRefusesThem() {
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
        Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE"), Charset.forName("UTF-32"))) {
      for (String json : List.of("{}", "1", "\uFEFF{\"a\":1}")) {
        byte[] bytes = json.getBytes(cs);
        Finding f = refused(bytes);
        assertEquals(CORE.precheck(bytes), f, cs + " " + json);
        assertEquals("RL-JSON-001.encoding", f.messageKey());
        JsonInputException e =
            assertThrows(JsonInputException.class, () -> ReplyLetterSchema.replyLetter().validate(bytes));
        assertEquals(List.of(f), e.findings());
      }
    }
  }

  /**
   * Refused as core's tree reader refuses it, with the same code and message key, located, worded
   * without Jackson's settings.
   */
  private static Finding refusedLikeCore(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Finding ours = refused(bytes);
    Finding core = CORE.parse(bytes).failure();
    assertEquals(List.of(core.code(), core.messageKey()), List.of(ours.code(), ours.messageKey()));
    assertTrue(ours.line().isPresent() && ours.column().isPresent(), ours::toString);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      String message = ours.message(locale);
      assertFalse(message.contains("StreamReadConstraints") || message.contains("Source"), message);
    }
    return ours;
  }

  private static Finding refused(byte[] json) {
    JsonInputException e = assertThrows(JsonInputException.class, () -> StrictJson.parse(json));
    assertEquals(1, e.findings().size(), e.findings()::toString);
    return e.findings().get(0);
  }
}
