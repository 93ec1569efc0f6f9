package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReplyLetterJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Broken input, made systematically from the seed letter: every input ends in a documented outcome
 * (a letter, or {@link JsonInputException} with reader findings), never any other exception.
 */
class JsonMutationTest {
  private static final ReplyLetterJson JSON = ReplyLetterJson.defaults();
  private static final byte[] SEED = HardeningSupport.seed();

  @Test
  void truncatedAtEveryBytePosition_isRefusedWithALocatedFinding() {
    for (int n = 0; n < SEED.length - 1; n++) {
      byte[] cut = Arrays.copyOf(SEED, n);
      assertNull(HardeningSupport.readChecked(JSON, cut), "a truncated letter was accepted at " + n);
    }
    // The whole document minus its final newline is still the whole letter.
    assertNotNull(HardeningSupport.readChecked(JSON, Arrays.copyOf(SEED, SEED.length - 1)));
  }

  @Test
  void tenThousandRandomMutations_endInADocumentedOutcome() {
    Random random = new Random(20241129L);
    byte[] alphabet = "{}[]\":,\\ \t\n0-1.eEtrufalsn\u0000".getBytes(StandardCharsets.UTF_8);
    byte[] odd = {(byte) 0xFF, (byte) 0xC3, (byte) 0xE4, (byte) 0x80, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    int accepted = 0;
    for (int i = 0; i < 10_000; i++) {
      byte[] m = SEED.clone();
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        m = mutate(m, random, alphabet, odd);
      }
      if (HardeningSupport.readChecked(JSON, m) != null) {
        accepted++;
      }
    }
    // Some mutations only change text inside strings; most must be refused.
    assertTrue(accepted > 0 && accepted < 10_000, "accepted " + accepted);
  }

  /** One random edit of {@code in}: bytes from {@code alphabet} or {@code odd}, ranges cut or repeated. */
  static byte[] mutate(byte[] in, Random r, byte[] alphabet, byte[] odd) {
    int pos = r.nextInt(in.length);
    switch (r.nextInt(6)) {
      case 0: { // replace a byte
        byte[] out = in.clone();
        out[pos] = r.nextBoolean() ? alphabet[r.nextInt(alphabet.length)] : odd[r.nextInt(odd.length)];
        return out;
      }
      case 1: { // insert a byte
        byte[] out = new byte[in.length + 1];
        System.arraycopy(in, 0, out, 0, pos);
        out[pos] = alphabet[r.nextInt(alphabet.length)];
        System.arraycopy(in, pos, out, pos + 1, in.length - pos);
        return out;
      }
      case 2: { // delete a range
        int len = Math.min(in.length - pos, 1 + r.nextInt(40));
        byte[] out = new byte[in.length - len];
        System.arraycopy(in, 0, out, 0, pos);
        System.arraycopy(in, pos + len, out, pos, in.length - pos - len);
        return out;
      }
      case 3: { // duplicate a range
        int len = Math.min(in.length - pos, 1 + r.nextInt(200));
        byte[] out = new byte[in.length + len];
        System.arraycopy(in, 0, out, 0, pos + len);
        System.arraycopy(in, pos, out, pos + len, in.length - pos);
        return out;
      }
      case 4: { // flip a bit
        byte[] out = in.clone();
        out[pos] ^= (byte) (1 << r.nextInt(8));
        return out;
      }
      default: { // swap two ranges' first bytes
        byte[] out = in.clone();
        int other = r.nextInt(in.length);
        byte t = out[pos];
        out[pos] = out[other];
        out[other] = t;
        return out;
      }
    }
  }

  @Test
  void nullAtEveryPath_isAWrongTypeAtThatPointer() {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode seed = mapper.readTree(SEED);
    List<String> pointers = new ArrayList<>();
    collect(seed, "", pointers);
    assertTrue(pointers.size() > 90, "paths: " + pointers.size());
    for (String pointer : pointers) {
      JsonNode copy = seed.deepCopy();
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      String last = pointer.substring(pointer.lastIndexOf('/') + 1);
      JsonNode container = copy.at(parent);
      if (container instanceof ObjectNode) {
        ((ObjectNode) container).putNull(last);
      } else {
        ((ArrayNode) container).setNull(Integer.parseInt(last));
      }
      JsonInputException e = readRefused(mapper.writeValueAsBytes(copy));
      assertEquals(1, e.findings().size(), pointer + ": " + e.findings());
      assertEquals("RL-JSON-004", e.findings().get(0).code(), pointer);
      assertEquals(pointer, e.findings().get(0).path());
    }
  }

  private static JsonInputException readRefused(byte[] input) {
    try {
      JSON.read(input, "null");
    } catch (JsonInputException e) {
      return e;
    }
    throw new AssertionError("accepted: " + new String(input, StandardCharsets.UTF_8));
  }

  private static void collect(JsonNode node, String pointer, List<String> out) {
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        String p = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        out.add(p);
        collect(node.get(name), p, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String p = pointer + "/" + i;
        out.add(p);
        collect(node.get(i), p, out);
      }
    }
  }
}
