package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The document-number pattern is derived, not typed: this test builds it from the grammar of
 * {@code DocumentNumber.parse} and requires the schema to carry exactly that text. To change the
 * grammar, change {@link #build()}, paste its output into the schema, and let {@link ValueFormsTest}
 * and the Ajv check confirm that Java and JavaScript agree with the parser.
 */
class DocumentNumberPatternTest {
  /** Characters the parser deletes: Character.isWhitespace or isSpaceChar (Unicode Zs, Zl, Zp). */
  static final String SPACE_CHARS =
      "\\t-\\r\\x1C-\\x1F \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
  static final String W = "[" + SPACE_CHARS + "]*";
  static final String OPENING = "〔\\[（(【［〖";
  static final String CLOSING = "〕\\]）)】］〗";
  static final String MAX_SERIAL = Integer.toString(Integer.MAX_VALUE);

  /** The pattern: issuer, opening bracket, year from 1000, closing bracket, 第?, serial 1..2^31-1, 号?. */
  static String build() {
    String anyDigit = digit('0', '9');
    // Safe in backtracking engines: a class repeated, not a group (Java recurses per repetition of a
    // group, and overflowed on a few thousand characters). It accepts what "(?:[^space bracket]W)+"
    // did, the 1.0 text that PatternRewriteTest compares it with: a non-space, then anything but
    // brackets.
    String issuer = "[^" + SPACE_CHARS + OPENING + CLOSING + "][^" + OPENING + CLOSING + "]*";
    String year = digit('1', '9') + "(?:" + anyDigit + "){3}";
    List<String> serials = new ArrayList<>();
    serials.add(digit('1', '9') + "(?:" + anyDigit + "){0,8}");
    serials.add(tenDigits(0));
    // Leading zeros: "(?:[0０]W)*" in 1.0, written as one class for the same reason.
    String serial = "(?:[0０][0０" + SPACE_CHARS + "]*)?(?:" + String.join("|", serials) + ")";
    return "^" + W + issuer + "[" + OPENING + "]" + W + year + "[" + CLOSING + "]" + W + "(?:第" + W + ")?" + serial
        + "(?:号" + W + ")?$";
  }

  /** Ten significant digits not above 2147483647, as a trie over the digits of the maximum. */
  private static String tenDigits(int i) {
    if (i == MAX_SERIAL.length()) {
      return "";
    }
    char c = MAX_SERIAL.charAt(i);
    char lowest = i == 0 ? '1' : '0';
    List<String> parts = new ArrayList<>();
    if (c > lowest) {
      int rest = MAX_SERIAL.length() - 1 - i;
      String any = rest == 0 ? "" : rest == 1 ? "(?:" + digit('0', '9') + ")" : "(?:" + digit('0', '9') + "){" + rest + "}";
      parts.add(digit(lowest, (char) (c - 1)) + any);
    }
    parts.add(digit(c, c) + tenDigits(i + 1));
    return parts.size() == 1 ? parts.get(0) : "(?:" + String.join("|", parts) + ")";
  }

  /** An ASCII or full-width digit in {@code [lo, hi]}, followed by optional whitespace. */
  private static String digit(char lo, char hi) {
    char flo = (char) ('\uFF10' + (lo - '0'));
    char fhi = (char) ('\uFF10' + (hi - '0'));
    String cls = lo == hi ? "[" + lo + flo + "]" : "[" + lo + "-" + hi + flo + "-" + fhi + "]";
    return cls + W;
  }

  @Test
  void schemaPattern_isTheOneBuiltFromTheGrammar() {
    String inSchema = Documents.tree(ReplyLetterSchema.replyLetter().text()).at("/$defs/documentNumber/pattern").stringValue();
    assertEquals(build(), inSchema);
  }
}
