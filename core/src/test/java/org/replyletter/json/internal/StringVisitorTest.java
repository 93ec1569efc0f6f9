package org.replyletter.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codecs' string walk (which RL-TXT-001 uses instead of writing the letter) visits exactly the
 * strings the writer writes, in the same order and at the same pointers; and the direct walk of the
 * letter's codecs equals the generic one through a token buffer.
 */
class StringVisitorTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The letter's codec with only {@code write}: its walk is the interface's generic default. */
  private static final Codec<ReplyLetter> GENERIC =
      new Codec<>() {
        @Override
        public ReplyLetter read(JsonParser parser, ReadContext ctx) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void write(ReplyLetter value, JsonGenerator generator) {
          LetterCodecs.LETTER.write(value, generator);
        }

        @Override
        public String jsonType() {
          return "object";
        }
      };

  @Test
  void seedLetter_visitsEveryWrittenString() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("..", "examples", "letters", "jinjiang-2024-7.json"));
    List<String> visited = assertVisitsWrittenStrings(ReplyLetterJson.defaults().read(bytes, null));
    assertFalse(visited.isEmpty());
  }

  @Test
  void generatedLetters_visitWrittenStrings() {
    qt().withExamples(300).forAll(LetterGenerators.letters()).checkAssert(StringVisitorTest::assertVisitsWrittenStrings);
  }

  @Test
  void keptUnknownMembers_visitedAtTheirPointers() {
    String newer =
        "{\"schemaVersion\":\"1.3\",\"title\":\"答复\",\"a~b/c\":{\"x\":[\"一\",1,{\"y\":\"二\"}],\"z\":null},"
            + "\"sections\":[{\"heading\":\"一\",\"paragraphs\":[\"正文\"],\"note\":\"三\"}]}";
    List<String> visited = assertVisitsWrittenStrings(ReplyLetterJson.lenient().read(newer));
    assertEquals(
        List.of("/title=答复", "/sections/0/heading=一", "/sections/0/paragraphs/0=正文", "/sections/0/note=三",
            "/a~0b~1c/x/0=一", "/a~0b~1c/x/2/y=二"),
        visited);
  }

  /** Asserts both walks equal the written strings; returns them as {@code pointer=value}. */
  private static List<String> assertVisitsWrittenStrings(ReplyLetter letter) {
    List<String> written = new ArrayList<>();
    try (JsonParser p = MAPPER.createParser(ReplyLetterJson.lenient().write(letter))) {
      p.nextToken();
      new Collector(written).visitTokens(p);
    }
    written.remove("/schemaVersion=" + LetterCodecs.versionFor(letter)); // the root writes it, not the codec
    List<String> direct = new ArrayList<>();
    LetterCodecs.LETTER.visitStrings(letter, new Collector(direct));
    List<String> generic = new ArrayList<>();
    GENERIC.visitStrings(letter, new Collector(generic));
    assertEquals(written, direct);
    assertEquals(written, generic);
    return direct;
  }

  private static final class Collector extends StringVisitor {
    private final List<String> out;

    Collector(List<String> out) {
      this.out = out;
    }

    @Override
    protected void string(String value) {
      out.add(pointer() + "=" + value);
    }
  }
}
