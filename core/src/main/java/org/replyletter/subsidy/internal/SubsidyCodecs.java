package org.replyletter.subsidy.internal;

import java.math.BigDecimal;
import java.util.List;
import org.replyletter.json.internal.Codec;
import org.replyletter.json.internal.Codecs;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.internal.ReadCode;
import org.replyletter.json.internal.ReadContext;
import org.replyletter.json.JsonInputException;
import org.replyletter.diagnostics.Finding;
import org.replyletter.SubsidyKind;
import org.replyletter.subsidy.SkillLevel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;

/** Codecs and helpers shared by the subsidy JSON forms. Immutable and thread-safe. */
public final class SubsidyCodecs {
  private SubsidyCodecs() {}

  /** The Jackson set-up with the library's default limits: for the bundled schedules, tools and tests. */
  public static final JsonSupport SUPPORT = new JsonSupport(ReadLimits.defaults());

  /** A claim kind by its identifier. */
  public static final Codec<SubsidyKind> KIND = Codecs.enumeration(SubsidyKind.class, SubsidyKind::id);

  /** A skill level by its identifier. */
  public static final Codec<SkillLevel> LEVEL = Codecs.enumeration(SkillLevel.class, SkillLevel::id);

  /** A rate written as a percentage string, {@code "20%"} for 0.2; 0% to 1000%, exact. */
  public static final Codec<BigDecimal> RATE =
      new Codec<>() {
        @Override
        public BigDecimal read(JsonParser p, ReadContext ctx) {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return Codecs.wrongType(p, ctx, "string");
          }
          String s = p.getString();
          BigDecimal rate = parseRate(s);
          if (rate == null) {
            ctx.problem(p, SubsidyCode.DEF_RATE.code(), SubsidyCode.DEF_RATE.messageKey(), s);
          }
          return rate;
        }

        @Override
        public void write(BigDecimal value, JsonGenerator g) {
          g.writeString(org.replyletter.subsidy.ParameterKey.formatRate(value));
        }

        @Override
        public String jsonType() {
          return "string";
        }
      };

  /** Parses {@code 20%} or {@code 12.5%}; null for anything else. */
  static BigDecimal parseRate(String s) {
    if (s.length() < 2 || s.length() > 12 || !s.endsWith("%")) {
      return null;
    }
    String number = s.substring(0, s.length() - 1);
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c == '.' && i > 0 && i < number.length() - 1)) {
        return null;
      }
    }
    BigDecimal percent;
    try {
      percent = new BigDecimal(number);
    } catch (NumberFormatException e) {
      return null;
    }
    if (percent.compareTo(BigDecimal.valueOf(1000)) > 0) {
      return null;
    }
    return percent.movePointLeft(2);
  }


  /**
   * A context for one read, with the array-length and findings limits of {@code support}: the
   * streaming parser applies the other limits itself.
   */
  static ReadContext newContext(JsonSupport support) {
    return new ReadContext(false, support.limits());
  }

  /**
   * Reads a document straight from its bytes with {@code codec}, as the letter's reader does: input
   * over the size limit or not UTF-8 is refused before parsing, and every limit of
   * {@link ReadLimits} is a located {@code RL-JSON-009}. Throws with every problem, located.
   */
  static <T> T readBytes(JsonSupport support, byte[] json, String sourceName, Codec<T> codec) {
    Finding refused = support.precheck(json);
    if (refused != null) {
      throw new JsonInputException(sourceName, List.of(refused), null);
    }
    ReadContext ctx = newContext(support);
    T value = null;
    JsonParser p = null;
    try { // closed after the catch: an exceeded limit is located from where the open parser stopped
      p = support.createParser(json); // detects the encoding: may throw
      if (p.nextToken() == null) {
        ctx.add(JsonSupport.empty());
      } else {
        value = codec.read(p, ctx);
        Finding trailing = support.trailing(p, json);
        if (trailing != null) {
          ctx.add(trailing);
        }
      }
    } catch (JacksonException e) {
      ctx.add(support.toFinding(e, json, p));
    } finally {
      JsonSupport.close(p);
    }
    if (ctx.problemCount() > 0) {
      throw new JsonInputException(sourceName, support.located(json, ctx), null);
    }
    return value;
  }

  /** Reads a (sub)tree with {@code codec}, recording problems in {@code ctx}. */
  public static <T> T readTree(JsonNode node, ReadContext ctx, Codec<T> codec) {
    try (JsonParser p = node.traverse(ObjectReadContext.empty())) {
      p.nextToken();
      return codec.read(p, ctx);
    }
  }

  /** Parses {@code json} into a tree, or throws with the located parse failure; for tools and tests. */
  public static JsonNode parse(byte[] json, String sourceName) {
    JsonSupport.Parsed parsed = SUPPORT.parse(json);
    if (parsed.tree() == null) {
      throw new JsonInputException(sourceName, List.of(parsed.failure()), null);
    }
    return parsed.tree();
  }
}
