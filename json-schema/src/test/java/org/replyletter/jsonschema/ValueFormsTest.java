package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.replyletter.testing.LetterGenerators;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The patterns agree with the Java parsers character for character: the document number with
 * {@code DocumentNumber.parse} (every readable wrong form, and near misses of them), dates with the
 * strict ISO date reader (the calendar included), and {@code schemaVersion} with the version check.
 */
class ValueFormsTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Characters that matter to the document-number grammar, and some that only look like they do. */
  static final String ALPHABET =
      "晋残函第号〔〕[]（）()【】［］〖〗{}<>0123456789０１２３４５６７８９〇一"
          + " \t\n\r\u000B\f\u001C\u00A0\u1680\u2007\u2028\u2029\u202F\u205F\u3000\u180E\u200B\uFEFFAx-/.";

  @Test
  void everyReadableWrittenForm_isAcceptedByBoth() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.writtenDocumentNumbers())
        .checkAssert(w -> {
          assertEquals(List.of(), Documents.schemaFindings(Documents.bytes(letterWith("documentNumber", w.text()))), w.text());
          Documents.assertAgree(letterWith("documentNumber", w.text()), "document number " + w.text());
        });
  }

  @Test
  void nearMissesOfWrittenForms_areJudgedAlike() {
    qt().withExamples(3000)
        .forAll(nearMisses())
        .checkAssert(s -> Documents.assertAgree(letterWith("documentNumber", s), "document number " + s));
  }

  /** Readable written document numbers with one to three characters inserted, deleted or replaced. */
  static Gen<String> nearMisses() {
    Gen<Integer> edits = Generate.range(1, 3);
    Gen<Integer> kind = Generate.range(0, 2);
    Gen<Integer> anyIndex = Generate.range(0, 1000);
    Gen<Character> ch = Generate.pick(chars(ALPHABET));
    Gen<String> nearMiss =
        LetterGenerators.writtenDocumentNumbers().map(w -> w.text()).flatMap(text -> in -> {
          StringBuilder b = new StringBuilder(text);
          int n = edits.generate(in);
          for (int i = 0; i < n; i++) {
            int at = b.length() == 0 ? 0 : anyIndex.generate(in) % (b.length() + 1);
            switch (kind.generate(in)) {
              case 0:
                b.insert(at, ch.generate(in));
                break;
              case 1:
                if (at < b.length()) {
                  b.deleteCharAt(at);
                }
                break;
              default:
                if (at < b.length()) {
                  b.setCharAt(at, ch.generate(in));
                }
                break;
            }
          }
          return b.toString();
        });
    return nearMiss;
  }

  @Test
  void documentNumberBoundaries_areJudgedAlike() {
    for (String s : DOCUMENT_NUMBER_BOUNDARIES) {
      Documents.assertAgree(letterWith("documentNumber", s), "document number \"" + s + "\"");
    }
  }

  /** Document numbers at the edges of the grammar: years, serials, brackets, spaces. */
  static final List<String> DOCUMENT_NUMBER_BOUNDARIES =
      List.of(
        "晋残函〔2024〕7号", "晋残函〔2024〕2147483647号", "晋残函〔2024〕2147483648号", "晋残函〔2024〕02147483647号",
        "晋残函〔2024〕21474836470号", "晋残函〔2024〕9999999999号", "晋残函〔2024〕1999999999号", "晋残函〔2024〕0号",
        "晋残函〔2024〕00号", "晋残函〔2024〕号", "晋残函〔0999〕1号", "晋残函〔1000〕1号", "晋残函〔9999〕1号",
        "晋残函〔10000〕1号", "晋残函〔999〕1号", "晋残函〔０９９９〕1号", "晋残函〔２０２４〕２１４７４８３６４７号",
        "晋残函〔2024〕2 147 483 647号", "晋残函〔2024〕2 147 483 648号", "晋残函〔2024〕7号号", "晋残函〔2024〕7号 ",
        "〔2024〕7号", " 〔2024〕7号", "晋残函2024〕7号", "晋残函〔2024〕第第7号", "晋残函〔2024）7", "晋残函(2024]7",
        "晋〔残函〔2024〕7号", "晋残〕函〔2024〕7号", "晋残函\u00A0〔2024〕7号", "晋残函\u200B〔2024〕7号",
        "", " ", "号", "7号");

  /** The listed forms (shared with the Ajv check) are accepted or rejected by reader and schema as listed. */
  @Test
  void listedDocumentNumbers_areAcceptedAndRejectedAsListed() throws java.io.IOException {
    tools.jackson.databind.JsonNode forms = Documents.tree(
        java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src", "test", "resources", "forms", "document-numbers.json")));
    for (String list : List.of("accepted", "rejected")) {
      forms.get(list).forEach(n -> {
        byte[] json = Documents.bytes(letterWith("documentNumber", n.stringValue()));
        assertEquals(list.equals("accepted"), Documents.readerFindings(json).isEmpty(), "reader: " + n);
        Documents.assertAgree(letterWith("documentNumber", n.stringValue()), "listed " + n);
      });
    }
  }

  @Test
  void datesOfEveryMonthAndDay_inLeapAndCommonYears_areJudgedAlike() {
    for (String year : List.of("0000", "0004", "1900", "2000", "2023", "2024", "2100", "9999")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String date = String.format("%s-%02d-%02d", year, month, day);
          Documents.assertAgree(letterWith("issueDate", date), "date " + date);
        }
      }
    }
  }

  @Test
  void datesInOtherForms_areJudgedAlike() {
    for (String s : List.of(
        "2024-6-3", "2024-06-3", "+2024-06-03", "2024-06-03T00:00", "2024-06-03Z", " 2024-06-03",
        "2024-06-03\n", "２０２４-06-03", "20240603", "2024/06/03", "24-06-03", "02024-06-03", "2024年6月3日", "")) {
      Documents.assertAgree(letterWith("issueDate", s), "date \"" + s + "\"");
    }
  }

  /**
   * The one place where the schema is stricter than the reader: {@code ISO_LOCAL_DATE} also reads
   * signed years ({@code -2024-06-03}, {@code +10000-01-01}), which RFC 3339 {@code full-date} (the
   * schema's {@code format: date}) does not allow. Proposed to core: refuse them in the reader too.
   */
  @Test
  void signedYears_areRejectedByTheSchema() {
    for (String s : List.of("-2024-06-03", "+10000-01-01", "-0001-01-01")) {
      assertEquals(
          List.of("RL-SCHEMA-005"),
          Documents.schemaFindings(Documents.bytes(letterWith("issueDate", s))).stream().map(f -> f.code()).toList(),
          s);
    }
  }

  @Test
  void schemaVersions_areJudgedAlike() {
    Gen<String> versions = Generate.pick(chars("1.0９\n ")).flatMap(c -> in -> c.toString())
        .mutate((s, in) -> {
          StringBuilder b = new StringBuilder();
          int n = Generate.range(0, 7).generate(in);
          Gen<Character> ch = Generate.pick(chars("1.0９9\n 2"));
          for (int i = 0; i < n; i++) {
            b.append(ch.generate(in));
          }
          return b.toString();
        });
    qt().withExamples(500).forAll(versions).checkAssert(v -> {
      ObjectNode doc = NODES.objectNode();
      doc.put("schemaVersion", v);
      Documents.assertAgree(doc, "schemaVersion \"" + v + "\"");
    });
  }

  private static ObjectNode letterWith(String member, String value) {
    ObjectNode doc = NODES.objectNode();
    doc.put("schemaVersion", "1.0");
    doc.put(member, value);
    return doc;
  }

  static List<Character> chars(String s) {
    return s.chars().mapToObj(c -> (char) c).toList();
  }
}
