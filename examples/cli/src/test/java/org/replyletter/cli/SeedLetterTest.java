package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.replyletter.CcGroup;
import org.replyletter.Proposer;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Suggestion;
import org.replyletter.json.ReplyLetterJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled seed letter (examples/letters/jinjiang-2024-7.json) encodes the published text
 * (jinjiang-2024-7.txt) faithfully: every line of the text is in the JSON, in its place, and every
 * text in the JSON is in the letter, so nothing is invented.
 */
class SeedLetterTest {
  private static final Path LETTERS = Path.of("..", "letters");
  private static final Path JSON = LETTERS.resolve("jinjiang-2024-7.json");
  private static final Path TEXT = LETTERS.resolve("jinjiang-2024-7.txt");

  // The checklist template's field labels, printed in every suggestion block.
  private static final List<String> CHECKLIST_LABELS =
      List.of("已完成事项", "已开展事项（开展中）", "无法落实事项", "原因", "补充说明（其他需要说明的情况）");

  @Test
  void seedJson_everyNonBlankLineOfTheText_isInTheLetterInItsPlace() throws IOException {
    ReplyLetter letter = ReplyLetterJson.defaults().read(JSON);
    Set<String> printed = new HashSet<>(printedLines(letter));
    List<String> missing = new ArrayList<>();
    for (String line : Files.readAllLines(TEXT, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (!t.isEmpty() && !printed.contains(t)) {
        missing.add(t);
      }
    }
    assertEquals(List.of(), missing, "lines of the seed text not found in the JSON");
  }

  @Test
  void seedJson_everyTextValue_occursInTheSeedText() throws IOException {
    String text = Files.readString(TEXT, StandardCharsets.UTF_8);
    JsonNode tree = JsonMapper.builder().build().readTree(Files.readAllBytes(JSON));
    List<String> invented = new ArrayList<>();
    collectStrings(tree, "", invented, text);
    assertEquals(List.of(), invented, "JSON text values that the seed letter does not contain");
  }

  @Test
  void seedJson_hasNoPartTheSeedLacks() throws IOException {
    ReplyLetter letter = ReplyLetterJson.defaults().read(JSON);
    assertTrue(letter.issueDate().isEmpty(), "the seed is undated");
    assertTrue(letter.signer().isEmpty(), "the seed names no signer");
    assertTrue(letter.contacts().isEmpty(), "the seed gives no contact");
    assertTrue(letter.issuingOrgan().isEmpty(), "the seed is not signed by name");
    assertTrue(letter.disclosure().isEmpty(), "the seed states no disclosure");
    assertTrue(letter.sections().get(3).ordinal().isEmpty(), "the fourth section has no numeral");
  }

  @Test
  void seedJson_readThenWrite_givesTheSameBytes() throws IOException {
    byte[] file = Files.readAllBytes(JSON);
    ReplyLetterJson json = ReplyLetterJson.defaults();
    assertArrayEquals(file, json.write(json.read(file, JSON.toString())));
  }

  /** The lines a printed letter consists of, derived from the model. */
  private static List<String> printedLines(ReplyLetter letter) {
    List<String> lines = new ArrayList<>(CHECKLIST_LABELS);
    letter.documentNumber().ifPresent(n -> lines.add(n.format()));
    letter.classification().ifPresent(c -> lines.add("答复类型：" + c.code()));
    letter.title().ifPresent(lines::add);
    lines.add(
        letter.addressees().stream().map(Proposer::name).collect(Collectors.joining("、"))
            + letter.addressees().get(0).role().orElseThrow().label()
            + "：");
    letter.opening().ifPresent(lines::add);
    for (Section s : letter.sections()) {
      s.heading().ifPresent(h -> lines.add(s.ordinal().map(o -> o + "、").orElse("") + h));
      lines.addAll(s.paragraphs());
    }
    letter.checklist().ifPresent(
        c -> {
          c.title().ifPresent(t -> {
            lines.add(t);
            lines.add("附件：" + t);
          });
          c.opening().ifPresent(lines::add);
          for (Suggestion s : c.suggestions()) {
            s.ordinal().ifPresent(o -> lines.add("建议" + o));
            lines.add(s.title());
            lines.addAll(s.disposition().completed());
            lines.addAll(s.disposition().inProgress());
          }
        });
    letter.supplementaryNote().ifPresent(lines::add);
    lines.add(
        "抄送："
            + letter.cc().stream()
                .map(CcGroup::recipients)
                .map(r -> String.join("、", r))
                .collect(Collectors.joining("，"))
            + "。");
    return lines;
  }

  private static void collectStrings(JsonNode node, String path, List<String> invented, String text) {
    if (node.isString()) {
      // Identifiers of the JSON form (enum ids, schemaVersion) are not letter text.
      boolean identifier =
          path.endsWith("/schemaVersion") || path.endsWith("/scheme") || path.endsWith("/channel")
              || path.endsWith("/role") || path.contains("/kinds/");
      // A stated amount is a number of the text with its unit: 700-3000元/人 states 700元 and 3000元.
      String value = path.endsWith("/amount") || path.endsWith("/upTo")
          ? node.stringValue().replace("元", "")
          : node.stringValue();
      if (!identifier && !text.contains(value)) {
        invented.add(path + " = " + node.stringValue());
      }
    } else if (node.isObject()) {
      for (String name : node.propertyNames()) {
        collectStrings(node.get(name), path + "/" + name, invented, text);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectStrings(node.get(i), path + "/" + i, invented, text);
      }
    }
  }
}
