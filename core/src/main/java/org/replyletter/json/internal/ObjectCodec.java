package org.replyletter.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes a value type as a JSON object with a closed, ordered set of members: the order
 * declared here is the order written, so the same value always gives the same bytes. Reading
 * reports unknown members, missing required members, nulls and wrong types, all of them, and
 * builds the value only if its whole subtree was readable.
 *
 * @param <T> the value type
 * @param <B> its builder type
 */
public final class ObjectCodec<T, B> implements Codec<T> {

  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final Member<T, B, ?>[] members;
  private final Map<String, Member<T, B, ?>> byName;
  private final Function<T, Map<String, String>> getUnknown;
  private final BiConsumer<B, Map<String, String>> setUnknown;

  @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array of members
  private ObjectCodec(
      Supplier<B> newBuilder,
      Function<B, T> build,
      List<Member<T, B, ?>> members,
      Function<T, Map<String, String>> getUnknown,
      BiConsumer<B, Map<String, String>> setUnknown) {
    this.newBuilder = newBuilder;
    this.build = build;
    this.getUnknown = getUnknown;
    this.setUnknown = setUnknown;
    this.members = members.toArray(new Member[0]);
    this.byName = new HashMap<>();
    for (int i = 0; i < this.members.length; i++) {
      this.members[i].index = i;
      byName.put(this.members[i].name, this.members[i]);
    }
  }

  /** Starts declaring the members of a type built with {@code newBuilder} and {@code build}. */
  public static <T, B> Declaration<T, B> of(Supplier<B> newBuilder, Function<B, T> build) {
    return new Declaration<>(newBuilder, build);
  }

  /** The member names, in declared order (reserved members included). */
  public List<String> memberNames() {
    List<String> names = new ArrayList<>();
    for (Member<T, B, ?> m : members) {
      names.add(m.name);
    }
    return names;
  }

  /** The names of the members that must be present. */
  public List<String> requiredMemberNames() {
    List<String> names = new ArrayList<>();
    for (Member<T, B, ?> m : members) {
      if (m.kind == Kind.REQUIRED) {
        names.add(m.name);
      }
    }
    return names;
  }

  /** The codec of a member, for tools that describe the JSON form (the schema's drift test). */
  public Codec<?> memberCodec(String name) {
    Member<T, B, ?> m = byName.get(name);
    if (m == null) {
      throw new IllegalArgumentException("no member " + name);
    }
    return m.codec;
  }

  @Override
  public T read(JsonParser p, ReadContext ctx) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return Codecs.wrongType(p, ctx, "object");
    }
    long start = ReadContext.offsetOf(p);
    int before = ctx.problemCount();
    B builder = newBuilder.get();
    boolean[] seen = new boolean[members.length];
    Map<String, String> unknown = null;
    Set<String> unknownNames = null; // a hash set: an object may have a million unknown members
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      Member<T, B, ?> m = byName.get(name);
      if (m == null) {
        // Duplicates are found here, not by Jackson (Duplicates); known members by seen[] below.
        if (unknownNames == null) {
          unknownNames = new HashSet<>();
        }
        if (!unknownNames.add(name)) {
          throw Duplicates.duplicate(p, name);
        }
        long at = ReadContext.offsetOf(p);
        p.nextToken();
        if (ctx.lenient() && setUnknown != null) {
          if (unknown == null) {
            unknown = new LinkedHashMap<>();
          }
          unknown.put(name, JsonText.capture(p));
          ctx.noteInvisible(); // kept as text, not scanned: RL-TXT-001 must look
        } else {
          ctx.problemAt(ctx.pointer(name), at, ReadCode.UNKNOWN_MEMBER.code(), ReadCode.UNKNOWN_MEMBER.code(), name);
          Duplicates.skip(p);
        }
        continue;
      }
      if (seen[m.index]) {
        throw Duplicates.duplicate(p, name);
      }
      seen[m.index] = true;
      JsonToken t = p.nextToken();
      ctx.push(name);
      ctx.mark(p);
      if (t == JsonToken.VALUE_NULL) {
        Codecs.wrongType(p, ctx, m.codec.jsonType());
      } else {
        m.readInto(p, builder, ctx);
      }
      ctx.pop();
    }
    for (Member<T, B, ?> m : members) {
      if (m.kind == Kind.REQUIRED && !seen[m.index]) {
        ctx.problemAt(ctx.pointer(m.name), start, ReadCode.MISSING_MEMBER.code(), ReadCode.MISSING_MEMBER.code(), m.name);
      }
    }
    if (ctx.problemCount() != before) {
      return null;
    }
    if (unknown != null) {
      setUnknown.accept(builder, unknown);
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A cross-member invariant of the model (a @Value.Check) refused the combination.
      ctx.problemAt(ctx.pointer(), start, ReadCode.INVALID_VALUE.code(), ReadCode.INVALID_VALUE.code(), String.valueOf(e.getMessage()));
      return null;
    }
  }

  @Override
  public void write(T value, JsonGenerator g) {
    g.writeStartObject();
    writeMembers(value, g);
    g.writeEndObject();
  }

  /** Writes the members without the enclosing braces; for a root that adds members of its own. */
  public void writeMembers(T value, JsonGenerator g) {
    for (Member<T, B, ?> m : members) {
      m.write(value, g);
    }
    if (getUnknown != null) {
      for (Map.Entry<String, String> e : getUnknown.apply(value).entrySet()) {
        g.writeName(e.getKey());
        JsonText.copy(e.getValue(), g);
      }
    }
  }

  @Override
  public void visitStrings(T value, StringVisitor visitor) {
    for (Member<T, B, ?> m : members) {
      m.visitStrings(value, visitor);
    }
    if (getUnknown != null) {
      for (Map.Entry<String, String> e : getUnknown.apply(value).entrySet()) {
        visitor.push(e.getKey());
        visitor.visitText(e.getValue());
        visitor.pop();
      }
    }
  }

  @Override
  public String jsonType() {
    return "object";
  }

  private enum Kind {
    REQUIRED,
    OPTIONAL,
    LIST
  }

  private static final class Member<T, B, V> {
    final String name;
    /** The name with its quoted UTF-8 form computed once: the generator copies the bytes. */
    final SerializedString writtenName;
    final Kind kind;
    final Codec<V> codec;
    /** The value to write, or null when absent (an empty optional); null for reserved members. */
    final Function<T, V> get;
    final BiConsumer<B, V> set;
    int index;

    Member(String name, Kind kind, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      this.name = name;
      this.writtenName = new SerializedString(name);
      this.kind = kind;
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    void readInto(JsonParser p, B builder, ReadContext ctx) {
      V v = codec.read(p, ctx);
      if (v != null && set != null) {
        set.accept(builder, v);
      }
    }

    void write(T value, JsonGenerator g) {
      V v = get == null ? null : get.apply(value);
      if (v != null) {
        g.writeName(writtenName);
        codec.write(v, g);
      }
    }

    void visitStrings(T value, StringVisitor visitor) {
      V v = get == null ? null : get.apply(value);
      if (v != null) {
        visitor.push(name);
        codec.visitStrings(v, visitor);
        visitor.pop();
      }
    }
  }

  /** Declares the members of an object codec, in written order. */
  public static final class Declaration<T, B> {
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final Map<String, Member<T, B, ?>> members = new LinkedHashMap<>();
    private Function<T, Map<String, String>> getUnknown;
    private BiConsumer<B, Map<String, String>> setUnknown;

    private Declaration(Supplier<B> newBuilder, Function<B, T> build) {
      this.newBuilder = newBuilder;
      this.build = build;
    }

    private <V> Declaration<T, B> add(Member<T, B, V> m) {
      if (members.put(m.name, m) != null) {
        throw new IllegalStateException("member declared twice: " + m.name);
      }
      return this;
    }

    /** A member that must be present. */
    public <V> Declaration<T, B> required(
        String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Member<>(name, Kind.REQUIRED, codec, get, set));
    }

    /**
     * A member with a default in the model: always written, optional on read (the model's default
     * applies when absent).
     */
    public <V> Declaration<T, B> defaulted(
        String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Member<>(name, Kind.OPTIONAL, codec, get, set));
    }

    /** An optional member, omitted when absent. */
    public <V> Declaration<T, B> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(new Member<>(name, Kind.OPTIONAL, codec, t -> get.apply(t).orElse(null), set));
    }

    /** An optional integer member in {@code [min, max]}, omitted when absent. */
    public Declaration<T, B> optionalInt(
        String name, int min, int max, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
      return add(
          new Member<T, B, Integer>(
              name,
              Kind.OPTIONAL,
              Codecs.integer(min, max),
              t -> {
                OptionalInt v = get.apply(t);
                return v.isPresent() ? v.getAsInt() : null;
              },
              set::accept));
    }

    /** A list member: always written (an empty list as {@code []}); absent on read means empty. */
    public <V> Declaration<T, B> list(
        String name, Codec<V> element, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      return add(new Member<>(name, Kind.LIST, Codecs.list(element), get, set));
    }

    /**
     * A list member added in a minor version of the form: written only when not empty, so that a
     * value that does not use it is written as before; absent on read means empty.
     */
    public <V> Declaration<T, B> listOmittedWhenEmpty(
        String name, Codec<V> element, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      return add(
          new Member<>(
              name,
              Kind.LIST,
              Codecs.list(element),
              t -> {
                List<V> v = get.apply(t);
                return v.isEmpty() ? null : v;
              },
              set));
    }

    /**
     * A member the caller writes itself (such as a root's {@code schemaVersion}): read and checked
     * with {@code codec}, never bound, never written by {@link ObjectCodec#writeMembers}.
     */
    public <V> Declaration<T, B> reserved(String name, Codec<V> codec, boolean required) {
      return add(new Member<T, B, V>(name, required ? Kind.REQUIRED : Kind.OPTIONAL, codec, null, null));
    }

    /**
     * Where the type keeps members it does not know: lenient reading puts them there (name → JSON
     * text) and writing puts them back after the known members. Without this, unknown members are
     * always errors.
     */
    public Declaration<T, B> unknownMembers(
        Function<T, Map<String, String>> get, BiConsumer<B, Map<String, String>> set) {
      this.getUnknown = get;
      this.setUnknown = set;
      return this;
    }

    /** Ends the declaration. */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(newBuilder, build, new ArrayList<>(members.values()), getUnknown, setUnknown);
    }
  }
}
