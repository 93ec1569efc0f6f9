package org.replyletter.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.json.ReadLimits;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import tools.jackson.core.JsonParser;

/** Unit tests of the internals that place and shape findings: positions, pointers, codecs. */
class JsonSupportTest {

  private static final JsonSupport SUPPORT = new JsonSupport(ReadLimits.defaults());

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void lineColumn_countsCodePointsAndLines() {
    byte[] text = utf8("ab\n晋残函𠀀x\n\ny");
    assertArrayEquals(new int[] {1, 1}, LineColumns.lineColumn(text, 0));
    assertArrayEquals(new int[] {1, 3}, LineColumns.lineColumn(text, 2)); // the newline itself
    assertArrayEquals(new int[] {2, 1}, LineColumns.lineColumn(text, 3));
    assertArrayEquals(new int[] {2, 4}, LineColumns.lineColumn(text, 3 + 9)); // after three 3-byte chars
    assertArrayEquals(new int[] {2, 5}, LineColumns.lineColumn(text, 3 + 9 + 4)); // after a 4-byte char
    assertArrayEquals(new int[] {4, 1}, LineColumns.lineColumn(text, text.length - 1));
    assertArrayEquals(new int[] {4, 2}, LineColumns.lineColumn(text, 10_000), "clamped to the end");
  }

  @Test
  void lineColumn_byteOrderMarkIsNoColumn() {
    byte[] text = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertArrayEquals(new int[] {1, 1}, LineColumns.lineColumn(text, 3));
    assertArrayEquals(new int[] {1, 2}, LineColumns.lineColumn(text, 4));
  }

  /** {@code lineColumns} gives each offset what {@code lineColumn} gives it alone; null for -1. */
  private static void assertLineColumnsMatchOneByOne(byte[] text, long[] offsets) {
    int[][] all = LineColumns.lineColumns(text, offsets);
    for (int i = 0; i < offsets.length; i++) {
      if (offsets[i] < 0) {
        assertNull(all[i]);
      } else {
        assertArrayEquals(LineColumns.lineColumn(text, offsets[i]), all[i], "offset " + offsets[i]);
      }
    }
  }

  @Test
  void lineColumns_manyOffsetsInAnyOrder_matchOneByOne() {
    byte[] text = utf8("{\n  \"标题\": [1,\n 2],\n  \"x\": \"晋\"\n}");
    assertLineColumnsMatchOneByOne(text, new long[] {30, 0, -1, 7, 18, 5, 29});
  }

  @Test
  void lineColumns_randomTextAndOffsets_matchOneByOne() {
    // Newlines at every alignment of the eight-byte scan, next to bytes that differ from '\n' by one bit.
    byte[] alphabet = utf8("\n\n\u000B\u000E\u008A晋a \r\n");
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 300),
            lists().of(integers().between(-1, 320)).ofSizeBetween(1, 8))
        .checkAssert((picks, ats) -> {
          byte[] text = new byte[picks.size()];
          for (int i = 0; i < text.length; i++) {
            text[i] = alphabet[picks.get(i)];
          }
          assertLineColumnsMatchOneByOne(text, ats.stream().mapToLong(Integer::longValue).toArray());
        });
  }

  @Test
  void lineColumns_longLinesManyOffsetsPerLine_matchOneByOne() {
    // Few line ends: several offsets on one line, where columns are counted on from the last one;
    // a leading byte-order mark, which is no column.
    byte[] alphabet = utf8("晋aaaaaaaaaa𠀀bbbbbbbbb\n");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 600),
            lists().of(integers().between(-1, 640)).ofSizeBetween(1, 30),
            integers().between(0, 1))
        .checkAssert((picks, ats, withBom) -> {
          int skip = withBom * bom.length;
          byte[] text = new byte[skip + picks.size()];
          System.arraycopy(bom, 0, text, 0, skip);
          for (int i = 0; i < picks.size(); i++) {
            text[skip + i] = alphabet[picks.get(i)];
          }
          assertLineColumnsMatchOneByOne(text, ats.stream().mapToLong(Integer::longValue).toArray());
        });
  }

  @Test
  void countNewlines_countsEveryNewline_acrossLaneBatches() {
    // Up to 10 000 bytes (five batches of 255 words), from no newlines to nothing but newlines.
    qt().withExamples(300)
        .forAll(integers().between(0, 10_000), integers().between(0, 100), integers().between(0, 7), longs().all())
        .checkAssert((length, percent, from, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          byte[] text = new byte[from + length];
          for (int i = 0; i < text.length; i++) {
            text[i] = random.nextInt(100) < percent ? (byte) '\n' : (byte) (random.nextInt(256));
          }
          int words = length >>> 3;
          int expected = 0;
          for (int i = from; i < from + (words << 3); i++) {
            if (text[i] == '\n') {
              expected++;
            }
          }
          assertEquals(expected, LineColumns.countNewlines(text, from, words));
        });
    byte[] allNewlines = new byte[8 * 1000];
    java.util.Arrays.fill(allNewlines, (byte) '\n');
    assertEquals(8000, LineColumns.countNewlines(allNewlines, 0, 1000));
  }

  @Test
  void newlineBytes_marksExactlyTheNewlines() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(word -> {
      long expected = 0;
      for (int b = 0; b < 8; b++) {
        if (((word >>> (8 * b)) & 0xFF) == '\n') {
          expected |= 0x80L << (8 * b);
        }
      }
      assertEquals(expected, LineColumns.newlineBytes(word));
    });
    assertEquals(0x8080808080808080L, LineColumns.newlineBytes(0x0A0A0A0A0A0A0A0AL));
    assertEquals(0x0000000000008000L, LineColumns.newlineBytes(0x0B0B0B0B0B0B0A0BL));
  }

  @Test
  void parse_returnsTreeOrOneLocatedFailure() {
    JsonSupport.Parsed ok = SUPPORT.parse(utf8("{\"a\": [1, 2]}"));
    assertNotNull(ok.tree());
    assertNull(ok.failure());
    JsonSupport.Parsed bad = SUPPORT.parse(utf8("{\n\"a\": [1, 2}"));
    assertNull(bad.tree());
    assertEquals("RL-JSON-001", bad.failure().code());
    assertEquals(2, bad.failure().line().getAsInt());
    JsonSupport.Parsed trailing = SUPPORT.parse(utf8("{}\n\n  ]"));
    assertEquals("RL-JSON-007", trailing.failure().code());
    assertEquals(3, trailing.failure().line().getAsInt());
    assertEquals(3, trailing.failure().column().getAsInt());
    assertEquals("RL-JSON-001.empty", SUPPORT.parse(utf8(" ")).failure().messageKey());
  }

  @Test
  void locate_missingMemberGetsItsObject_unknownMemberItsName_otherProblemsTheirValue() {
    byte[] json = utf8("{\n  \"a\": {\n    \"b\": 1\n  },\n  \"c\": [true]\n}");
    List<Finding> located =
        SUPPORT.locate(
            json,
            List.of(
                Finding.of("RL-JSON-005", Severity.ERROR, "/a/missing"),
                Finding.of("RL-JSON-003", Severity.ERROR, "/a/b"),
                Finding.of("RL-JSON-004", Severity.ERROR, "/a/b"),
                Finding.of("RL-JSON-004", Severity.ERROR, "/c/0"),
                Finding.of("RL-JSON-004", Severity.ERROR, "/nowhere/deep"),
                Finding.of("RL-JSON-004", Severity.ERROR, "").at(9, 9)));
    assertEquals("2:8", at(located.get(0)));
    assertEquals("3:5", at(located.get(1)));
    assertEquals("3:10", at(located.get(2)));
    assertEquals("5:9", at(located.get(3)));
    assertEquals("1:1", at(located.get(4)), "nearest ancestor: the document");
    assertEquals("9:9", at(located.get(5)), "an existing location is kept");
  }

  private static String at(Finding f) {
    return f.line().getAsInt() + ":" + f.column().getAsInt();
  }

  @Test
  void readContext_pointerEscapesTildeAndSlash() {
    ReadContext ctx = new ReadContext();
    assertEquals("", ctx.pointer());
    ctx.push("a/b");
    ctx.push(3);
    ctx.push("~x");
    assertEquals("/a~1b/3/~0x", ctx.pointer());
    assertEquals("/a~1b/3/~0x/c~1~0", ctx.pointer("c/~"));
    ctx.pop();
    ctx.pop();
    assertEquals("/a~1b", ctx.pointer());
    for (int i = 0; i < 40; i++) {
      ctx.push(i); // grows past its initial capacity
    }
    assertTrue(ctx.pointer().endsWith("/38/39"));
  }

  @Test
  void readContext_recordsEveryProblemInOrder() {
    ReadContext ctx = new ReadContext();
    ctx.push("x");
    for (int i = 0; i < 20; i++) {
      ctx.problemAt(ctx.pointer(), i, "RL-JSON-004", "RL-JSON-004", "string", "integer");
    }
    ctx.add(Finding.of("RL-JSON-001", Severity.ERROR, ""));
    assertEquals(21, ctx.problemCount());
    assertEquals(19, ctx.offset(19));
    assertEquals(-1, ctx.offset(20));
    assertEquals("/x", ctx.problems().get(0).path());
  }

  private static <T> T read(Codec<T> codec, String json, ReadContext ctx) {
    try (JsonParser p = SUPPORT.mapper().createParser(utf8(json))) {
      p.nextToken();
      return codec.read(p, ctx);
    }
  }

  @Test
  void integerCodec_checksRangeAndType() {
    Codec<Integer> c = Codecs.integer(1, 10);
    ReadContext ctx = new ReadContext();
    assertEquals(1, read(c, "1", ctx));
    assertEquals(10, read(c, "10", ctx));
    assertEquals(0, ctx.problemCount());
    assertNull(read(c, "0", ctx));
    assertNull(read(c, "11", ctx));
    assertNull(read(c, "99999999999", ctx));
    assertNull(read(c, "1.0", ctx));
    assertNull(read(c, "\"1\"", ctx));
    assertEquals(
        List.of("RL-JSON-006", "RL-JSON-006", "RL-JSON-006", "RL-JSON-004", "RL-JSON-004"),
        ctx.problems().stream().map(Finding::code).toList());
    assertEquals(List.of("0", "1..10"), ctx.problems().get(0).arguments());
  }

  @Test
  void listCodec_reportsEveryBadElement_returnsNullIfAny() {
    Codec<List<String>> c = Codecs.list(Codecs.STRING);
    ReadContext ctx = new ReadContext();
    assertEquals(List.of("a", "b"), read(c, "[\"a\", \"b\"]", ctx));
    assertEquals(List.of(), read(c, "[]", ctx));
    assertNull(read(c, "[\"a\", null, 1, [2], {\"x\": 3}]", ctx));
    assertEquals(
        List.of("/1 null", "/2 integer", "/3 array", "/4 object"),
        ctx.problems().stream().map(f -> f.path() + " " + f.arguments().get(1)).toList());
  }

  @Test
  void objectCodec_reportsUnknownMissingNullAndWrongTypeTogether() {
    ReadContext ctx = new ReadContext();
    Object v = read(LetterCodecs.PROPOSAL, "{\"channel\": null, \"body\": 3, \"extra\": {\"deep\": [1]}, \"term\": \"14\"}", ctx);
    assertNull(v);
    assertEquals(
        List.of("RL-JSON-003 /extra", "RL-JSON-004 /body", "RL-JSON-004 /channel", "RL-JSON-004 /term"),
        ctx.problems().stream().map(f -> f.code() + " " + f.path()).sorted().toList());
    ReadContext missing = new ReadContext();
    assertNull(read(LetterCodecs.SUGGESTION, "{\"ordinal\": null, \"disposition\": 3, \"extra\": {\"deep\": [1]}}", missing));
    assertEquals(
        List.of("RL-JSON-003 /extra", "RL-JSON-004 /disposition", "RL-JSON-004 /ordinal", "RL-JSON-005 /title"),
        missing.problems().stream().map(f -> f.code() + " " + f.path()).sorted().toList());
  }

  @Test
  void objectCodec_declaresOrderAndRequiredMembers() {
    assertEquals(List.of("channel", "body", "term", "session", "number", "title"), LetterCodecs.PROPOSAL.memberNames());
    assertEquals(List.of(), LetterCodecs.PROPOSAL.requiredMemberNames(), "form 1.1: a reference may be by title only");
    assertEquals(List.of("title"), LetterCodecs.SUGGESTION.requiredMemberNames());
    assertEquals("schemaVersion", LetterCodecs.LETTER.memberNames().get(0));
    assertEquals(List.of("schemaVersion"), LetterCodecs.LETTER.requiredMemberNames());
    assertEquals("string", LetterCodecs.LETTER.memberCodec("title").jsonType());
    assertThrows(IllegalArgumentException.class, () -> LetterCodecs.LETTER.memberCodec("nope"));
  }

  @Test
  void versionCodec_acceptsOneAndMinorVersions() {
    for (String ok : List.of("1", "1.0", "1.1", "1.9999")) {
      ReadContext ctx = new ReadContext();
      assertEquals(ok, read(LetterCodecs.VERSION, "\"" + ok + "\"", ctx));
      assertEquals(0, ctx.problemCount());
    }
    for (String bad : List.of("1.10000", "2", "1.0.1", "1.a", " 1.0", "１.0")) {
      ReadContext ctx = new ReadContext();
      assertNull(read(LetterCodecs.VERSION, "\"" + bad + "\"", ctx), bad);
      assertEquals("RL-JSON-008", ctx.problems().get(0).code());
    }
  }

  @Test
  void enumerationCodec_readsIds_listsAllowed() {
    ReadContext ctx = new ReadContext();
    Codec<org.replyletter.Disclosure> c = Codecs.enumeration(org.replyletter.Disclosure.class, org.replyletter.Disclosure::id);
    assertEquals(org.replyletter.Disclosure.ON_REQUEST, read(c, "\"on-request\"", ctx));
    assertNull(read(c, "\"ON_REQUEST\"", ctx));
    assertEquals(List.of("ON_REQUEST", "public, on-request, not-public"), ctx.problems().get(0).arguments());
    assertEquals(List.of("public", "on-request", "not-public"), Codecs.ids(org.replyletter.Disclosure.class, org.replyletter.Disclosure::id));
  }

  /** Jackson's own pretty printer set up for the library's format: the reference for EncodedIndenter. */
  private static byte[] jacksonPretty(tools.jackson.databind.JsonNode tree) {
    tools.jackson.core.util.DefaultIndenter indenter = new tools.jackson.core.util.DefaultIndenter("  ", "\n");
    tools.jackson.core.util.DefaultPrettyPrinter pp =
        new tools.jackson.core.util.DefaultPrettyPrinter(
            tools.jackson.core.util.Separators.createDefaultInstance()
                .withObjectNameValueSpacing(tools.jackson.core.util.Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    pp.indentArraysWith(indenter);
    pp.indentObjectsWith(indenter);
    return SUPPORT.mapper().writer().with(pp).writeValueAsBytes(tree);
  }

  @Test
  void prettyWriter_writesJacksonsDefaultIndenterBytes_atEveryDepth() {
    // Nesting past the indenter's pre-encoded levels (32), empty and non-empty containers at each.
    for (int depth = 0; depth <= 40; depth++) { // up to 61 levels, the reader allows 64
      StringBuilder open = new StringBuilder();
      StringBuilder close = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        open.append(i % 2 == 0 ? "{\"层" + i + "\":[1,{}," : "[\"字\",[],");
        close.insert(0, i % 2 == 0 ? "]}" : "]");
      }
      tools.jackson.databind.JsonNode tree = SUPPORT.mapper().readTree(open + "{\"a\":\"甲\"}" + close);
      assertArrayEquals(jacksonPretty(tree), SUPPORT.prettyWriter().writeValueAsBytes(tree), "depth " + depth);
    }
  }

  @Test
  void letterWriter_writesWhatJacksonWritesForTheSameTree() {
    LetterJson json = new LetterJson(SUPPORT, true);
    qt().withExamples(200)
        .forAll(org.replyletter.testing.LetterGenerators.lettersWithEdgeCaseTexts())
        .checkAssert(
            letter -> {
              byte[] ours = json.write(letter);
              byte[] jackson = jacksonPretty(SUPPORT.mapper().readTree(ours));
              assertArrayEquals(jackson, java.util.Arrays.copyOf(ours, ours.length - 1));
              assertEquals('\n', ours[ours.length - 1]);
            });
  }
}
