package org.replyletter.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.replyletter.ValueParseException;
import org.replyletter.internal.InvisibleCharacters;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The scalar and collection codecs the model's codecs are built from. */
public final class Codecs {
  private Codecs() {}


  /** Any JSON string, kept exactly. */
  public static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public String read(JsonParser p, ReadContext ctx) {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return wrongType(p, ctx, "string");
          }
          // Scan the parser's own buffer: no copy, and faster than charAt on the string.
          char[] chars = p.getStringCharacters();
          int bad;
          if (ctx.notesInvisible()) {
            bad = scan(chars, p.getStringOffset(), p.getStringLength(), ctx);
            if (isBlank(chars, p.getStringOffset(), p.getStringLength())) {
              ctx.noteBlank();
            }
          } else {
            bad = unpairedSurrogate(chars, p.getStringOffset(), p.getStringLength());
          }
          String s = p.getString();
          if (bad >= 0) {
            // "\ud800" is legal JSON but not text: no UTF-8 writer could write it back.
            ctx.problem(p, ReadCode.INVALID_VALUE.code(), ReadCode.INVALID_VALUE.key("surrogate"), Integer.toString(bad + 1));
            return null;
          }
          return s;
        }

        @Override
        public void write(String value, JsonGenerator g) {
          g.writeString(value);
        }

        @Override
        public void visitStrings(String value, StringVisitor visitor) {
          visitor.string(value);
        }

        @Override
        public String jsonType() {
          return "string";
        }
      };

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public Boolean read(JsonParser p, ReadContext ctx) {
          if (!p.currentToken().isBoolean()) {
            return wrongType(p, ctx, "boolean");
          }
          return p.currentToken() == JsonToken.VALUE_TRUE;
        }

        @Override
        public void write(Boolean value, JsonGenerator g) {
          g.writeBoolean(value);
        }

        @Override
        public void visitStrings(Boolean value, StringVisitor visitor) {
          // a boolean writes no string
        }

        @Override
        public String jsonType() {
          return "boolean";
        }
      };

  /** A date as an ISO-8601 string, {@code 2024-06-03}. */
  public static final Codec<LocalDate> DATE =
      parsed(
          "string",
          s -> {
            try {
              return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
              return null;
            }
          },
          LocalDate::toString,
          ReadCode.INVALID_VALUE.key("date"));

  /** An integer in {@code [min, max]}. */
  public static Codec<Integer> integer(int min, int max) {
    return new Codec<>() {
      @Override
      public Integer read(JsonParser p, ReadContext ctx) {
        if (p.currentToken() == JsonToken.VALUE_STRING && ctx.lenient()) {
          Integer fromText = fullWidthInteger(p.getString());
          if (fromText != null) {
            if (fromText < min || fromText > max) {
              ctx.problem(p, ReadCode.INVALID_VALUE.code(), ReadCode.INVALID_VALUE.key("range"), p.getString(), min + ".." + max);
              return null;
            }
            ctx.warning(p, ReadCode.FULL_WIDTH.code(), ReadCode.FULL_WIDTH.code(), p.getString(), fromText.toString());
            return fromText;
          }
        }
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
          return wrongType(p, ctx, "integer");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT
            || p.getIntValue() < min
            || p.getIntValue() > max) {
          ctx.problem(p, ReadCode.INVALID_VALUE.code(), ReadCode.INVALID_VALUE.key("range"), p.getString(), min + ".." + max);
          return null;
        }
        return p.getIntValue();
      }

      @Override
      public void write(Integer value, JsonGenerator g) {
        g.writeNumber(value);
      }

      @Override
      public void visitStrings(Integer value, StringVisitor visitor) {
        // a number writes no string
      }

      @Override
      public String jsonType() {
        return "integer";
      }
    };
  }

  /**
   * A value written as a string and parsed; {@code parse} returns null or throws
   * {@link ValueParseException} for text it cannot read, reported with {@code messageKey}.
   */
  public static <T> Codec<T> parsed(
      String jsonType, Function<String, T> parse, Function<T, String> format, String messageKey) {
    return new Codec<>() {
      @Override
      public T read(JsonParser p, ReadContext ctx) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return wrongType(p, ctx, "string");
        }
        String s = p.getString();
        // Formatting writes what parsing kept, never adds a reported character: scanning the input
        // is enough for RL-TXT-001's hint.
        if (ctx.notesInvisible() && InvisibleCharacters.anyReported(s)) {
          ctx.noteInvisible();
        }
        T value;
        try {
          value = parse.apply(s);
        } catch (ValueParseException e) {
          ctx.problem(p, ReadCode.INVALID_VALUE.code(), messageKey, s, Integer.toString(e.getErrorIndex() + 1));
          return null;
        }
        if (value == null) {
          ctx.problem(p, ReadCode.INVALID_VALUE.code(), messageKey, s, "1");
        }
        return value;
      }

      @Override
      public void write(T value, JsonGenerator g) {
        g.writeString(format.apply(value));
      }

      @Override
      public void visitStrings(T value, StringVisitor visitor) {
        visitor.string(format.apply(value));
      }

      @Override
      public String jsonType() {
        return jsonType;
      }
    };
  }

  /** An enum written as its stable identifier. */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type, Function<E, String> id) {
    return enumeration(List.of(type.getEnumConstants()), id);
  }

  /**
   * Some constants of an enum, written as their stable identifiers: for members whose model accepts
   * fewer constants than the enum has, so that the reader and the schema list the same.
   */
  public static <E extends Enum<E>> Codec<E> enumeration(List<E> constants, Function<E, String> id) {
    Map<String, E> byId = new LinkedHashMap<>();
    for (E e : constants) {
      byId.put(id.apply(e), e);
    }
    String allowed = String.join(", ", byId.keySet());
    return new Codec<>() {
      @Override
      public E read(JsonParser p, ReadContext ctx) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return wrongType(p, ctx, "string");
        }
        E e = byId.get(p.getString());
        if (e == null) {
          ctx.problem(p, ReadCode.INVALID_VALUE.code(), ReadCode.INVALID_VALUE.key("enum"), p.getString(), allowed);
        }
        return e;
      }

      @Override
      public void write(E value, JsonGenerator g) {
        g.writeString(id.apply(value));
      }

      @Override
      public void visitStrings(E value, StringVisitor visitor) {
        visitor.string(id.apply(value));
      }

      @Override
      public String jsonType() {
        return "string";
      }
    };
  }

  /** The allowed identifiers of an enum codec, in order; for schemas and messages. */
  public static <E extends Enum<E>> List<String> ids(Class<E> type, Function<E, String> id) {
    List<String> ids = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      ids.add(id.apply(e));
    }
    return ids;
  }

  /** An array of values; a null element is a wrong type. Returns null if any element failed. */
  public static <T> Codec<List<T>> list(Codec<T> element) {
    return new Codec<>() {
      @Override
      public List<T> read(JsonParser p, ReadContext ctx) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
          return wrongType(p, ctx, "array");
        }
        int before = ctx.problemCount();
        List<T> values = new ArrayList<>();
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
          if (i == ctx.maxArrayLength()) {
            ctx.push(i);
            ctx.problem(p, ReadCode.LIMIT.code(), ReadCode.LIMIT.key("array"), Integer.toString(ctx.maxArrayLength()));
            ctx.pop();
            while (t != JsonToken.END_ARRAY) {
              Duplicates.skip(p);
              t = p.nextToken();
            }
            return null;
          }
          ctx.push(i);
          ctx.mark(p);
          if (t == JsonToken.VALUE_NULL) {
            wrongType(p, ctx, element.jsonType());
          } else {
            T v = element.read(p, ctx);
            if (v != null) {
              values.add(v);
            }
          }
          ctx.pop();
        }
        return ctx.problemCount() == before ? values : null;
      }

      @Override
      public void write(List<T> value, JsonGenerator g) {
        g.writeStartArray();
        // By index: the model's lists are unmodifiable views of array lists, whose iterators cost
        // an allocation and two indirections per element.
        for (int i = 0, n = value.size(); i < n; i++) {
          element.write(value.get(i), g);
        }
        g.writeEndArray();
      }

      @Override
      public void visitStrings(List<T> value, StringVisitor visitor) {
        for (int i = 0; i < value.size(); i++) {
          visitor.push(i);
          element.visitStrings(value.get(i), visitor);
          visitor.pop();
        }
      }

      @Override
      public String jsonType() {
        return "array";
      }
    };
  }


  /**
   * The value of a string of 1 to 9 digits with at least one full-width digit (such as {@code "１４"}),
   * or null: a number typed with a Chinese input method, not text.
   */
  static Integer fullWidthInteger(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return null;
    }
    boolean fullWidth = false;
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = org.replyletter.internal.Digits.value(s.charAt(i));
      if (d < 0) {
        return null;
      }
      fullWidth |= org.replyletter.internal.Digits.isFullWidth(s.charAt(i));
      v = v * 10 + d;
    }
    return fullWidth ? v : null;
  }

  /**
   * Whether the range is empty or white space only, as {@link String#isBlank()} (and so Hibernate's
   * {@code @NotBlank}) sees it; text almost always answers at its first character.
   */
  static boolean isBlank(char[] text, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = text[i];
      // No white space between '!' and U+167F, nor above U+3000 (Chinese text): no lookup needed.
      if ((c > ' ' && c < '\u1680') || c > '\u3000' || !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The index (from {@code offset}) of the first unpaired UTF-16 surrogate in the range, or -1. */
  static int unpairedSurrogate(char[] text, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text[i];
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
          i++;
        } else {
          return i - offset;
        }
      }
    }
    return -1;
  }

  /**
   * The index (from {@code offset}) of the first unpaired surrogate, or -1; in the same pass, notes
   * in {@code ctx} a character that rule RL-TXT-001 reports. Costlier than
   * {@link #unpairedSurrogate}, so only for reads that validation asked to note them.
   */
  static int scan(char[] text, int offset, int length, ReadContext ctx) {
    int end = offset + length;
    boolean invisible = false;
    for (int i = offset; i < end; i++) {
      char c = text[i];
      // Chinese text is almost all at U+2070 and above, where only surrogates need a look.
      if (c >= '\u2070') {
        if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
          continue;
        }
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
          i++;
        } else {
          return i - offset;
        }
      } else if ((c < ' ' || c >= '\u007F') && !invisible && InvisibleCharacters.isReported(c)) {
        invisible = true;
      }
    }
    if (invisible) {
      ctx.noteInvisible();
    }
    return -1;
  }

  /**
   * Records a wrong-type problem at the current position, skips the value (with its children) and
   * returns null.
   */
  public static <T> T wrongType(JsonParser p, ReadContext ctx, String expected) {
    ctx.problem(p, ReadCode.WRONG_TYPE.code(), ReadCode.WRONG_TYPE.code(), expected, JsonTypes.of(p.currentToken()));
    Duplicates.skip(p);
    return null;
  }

  /**
   * The {@code schemaVersion} of a form that writes {@code written}: reads {@code <major>} or
   * {@code <major>.<minor>} of the same major version (minor versions only add optional members),
   * anything else is {@code RL-JSON-008}.
   */
  public static Codec<String> schemaVersion(String written) {
    String major = written.substring(0, written.indexOf('.'));
    java.util.regex.Pattern minor = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(major) + "\\.[0-9]{1,4}");
    return new Codec<>() {
      @Override
      public String read(JsonParser p, ReadContext ctx) {
        String v = STRING.read(p, ctx);
        if (v != null && !v.equals(major) && !minor.matcher(v).matches()) {
          ctx.problem(p, ReadCode.UNSUPPORTED_VERSION.code(), ReadCode.UNSUPPORTED_VERSION.code(), v, major + ".x");
          return null;
        }
        return v;
      }

      @Override
      public void write(String value, JsonGenerator g) {
        STRING.write(value, g);
      }

      @Override
      public void visitStrings(String value, StringVisitor visitor) {
        STRING.visitStrings(value, visitor);
      }

      @Override
      public String jsonType() {
        return STRING.jsonType();
      }

      @Override
      public String toString() {
        return "schemaVersion ^" + major + "(?:\\.[0-9]{1,4})?$";
      }
    };
  }
}
