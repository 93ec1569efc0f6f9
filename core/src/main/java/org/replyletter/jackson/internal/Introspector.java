package org.replyletter.jackson.internal;

import java.util.Map;
import tools.jackson.core.Version;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Gives the module's (de)serializers precedence over the annotation that makes the library's types
 * fail in a mapper without the module ({@code NeedsJacksonModule}): Jackson consults a class's
 * {@code @JsonSerialize(using=…)} before the serializers modules add, so the module answers the
 * same question first. Immutable and thread-safe.
 */
public final class Introspector extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  private final transient Map<Class<?>, ValueSerializer<?>> serializers;
  private final transient Map<Class<?>, ValueDeserializer<?>> deserializers;

  /** An introspector answering with these (de)serializers, by the type they handle. */
  public Introspector(Map<Class<?>, ValueSerializer<?>> serializers, Map<Class<?>, ValueDeserializer<?>> deserializers) {
    this.serializers = Map.copyOf(serializers);
    this.deserializers = Map.copyOf(deserializers);
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object findSerializer(MapperConfig<?> config, Annotated a) {
    return a instanceof AnnotatedClass ? lookup(serializers, a.getRawType()) : null;
  }

  @Override
  public Object findDeserializer(MapperConfig<?> config, Annotated a) {
    return a instanceof AnnotatedClass ? lookup(deserializers, a.getRawType()) : null;
  }

  /** The entry for the class or its nearest superclass (Immutables' classes extend the model's). */
  private static <V> V lookup(Map<Class<?>, V> map, Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      V v = map.get(c);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
