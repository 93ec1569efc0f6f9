package org.replyletter.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

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
  /** Unknown member. */
  public static final String UNKNOWN_FIELD = "RL-JSON-003";
  /** Missing required member. */
  public static final String MISSING_FIELD = "RL-JSON-005";

  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final Map<String, Member<T, B, ?>> members;
  private final java.util.Set<String> reserved;

  private ObjectCodec(
      Supplier<B> newBuilder,
      Function<B, T> build,
      Map<String, Member<T, B, ?>> members,
      java.util.Set<String> reserved) {
    this.newBuilder = newBuilder;
    this.build = build;
    this.members = members;
    this.reserved = reserved;
  }

  /** Starts declaring the members of a type built with {@code newBuilder} and {@code build}. */
  public static <T, B> Declaration<T, B> of(Supplier<B> newBuilder, Function<B, T> build) {
    return new Declaration<>(newBuilder, build);
  }

  /** The member names, in written order. */
  public List<String> memberNames() {
    return new ArrayList<>(members.keySet());
  }

  /** The names of the members that must be present. */
  public List<String> requiredMemberNames() {
    List<String> names = new ArrayList<>();
    members.forEach((k, m) -> {
      if (m.kind == Kind.REQUIRED) {
        names.add(k);
      }
    });
    return names;
  }

  @Override
  public T read(JsonNode node, ReadContext ctx) {
    if (!node.isObject()) {
      return Codecs.wrongType(node, ctx, "object");
    }
    int before = ctx.problemCount();
    for (String name : node.propertyNames()) {
      if (!members.containsKey(name) && !reserved.contains(name)) {
        ctx.problemAt(ctx.pointer(name), UNKNOWN_FIELD, UNKNOWN_FIELD, name);
      }
    }
    B builder = newBuilder.get();
    for (Member<T, B, ?> m : members.values()) {
      JsonNode value = node.get(m.name);
      if (value == null) {
        if (m.kind == Kind.REQUIRED) {
          ctx.problemAt(ctx.pointer(m.name), MISSING_FIELD, MISSING_FIELD, m.name);
        }
        continue;
      }
      ctx.push(m.name);
      if (value.isNull()) {
        Codecs.wrongType(value, ctx, m.codec.jsonType());
      } else {
        m.readInto(value, builder, ctx);
      }
      ctx.pop();
    }
    if (ctx.problemCount() != before) {
      return null;
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A cross-member invariant of the model (a @Value.Check) refused the combination.
      ctx.problem(Codecs.INVALID_VALUE, Codecs.INVALID_VALUE, String.valueOf(e.getMessage()));
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
    for (Member<T, B, ?> m : members.values()) {
      m.write(value, g);
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
    final Kind kind;
    final Codec<V> codec;
    final Function<T, Optional<V>> get;
    final BiConsumer<B, V> set;

    Member(String name, Kind kind, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      this.name = name;
      this.kind = kind;
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    void readInto(JsonNode node, B builder, ReadContext ctx) {
      V v = codec.read(node, ctx);
      if (v != null) {
        set.accept(builder, v);
      }
    }

    void write(T value, JsonGenerator g) {
      Optional<V> v = get.apply(value);
      if (v.isPresent()) {
        g.writeName(name);
        codec.write(v.get(), g);
      }
    }
  }

  /** Declares the members of an object codec, in written order. */
  public static final class Declaration<T, B> {
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final Map<String, Member<T, B, ?>> members = new LinkedHashMap<>();
    private final java.util.Set<String> reserved = new java.util.HashSet<>();

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
      return add(new Member<>(name, Kind.REQUIRED, codec, t -> Optional.of(get.apply(t)), set));
    }

    /**
     * A member with a default in the model: always written, optional on read (the model's default
     * applies when absent).
     */
    public <V> Declaration<T, B> defaulted(
        String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Member<>(name, Kind.OPTIONAL, codec, t -> Optional.of(get.apply(t)), set));
    }

    /** An optional member, omitted when absent. */
    public <V> Declaration<T, B> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(new Member<>(name, Kind.OPTIONAL, codec, get, set));
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
                return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
              },
              set::accept));
    }

    /** A list member: always written (an empty list as {@code []}); absent on read means empty. */
    public <V> Declaration<T, B> list(
        String name, Codec<V> element, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      return add(new Member<>(name, Kind.LIST, Codecs.list(element), t -> Optional.of(get.apply(t)), set));
    }

    /**
     * A member that is known but handled by the caller (such as a root's {@code schemaVersion}): not
     * reported as unknown, not bound, not written.
     */
    public Declaration<T, B> reserved(String name) {
      reserved.add(name);
      return this;
    }

    /** Ends the declaration. */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(newBuilder, build, new LinkedHashMap<>(members), java.util.Set.copyOf(reserved));
    }
  }
}
