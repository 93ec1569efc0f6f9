package org.replyletter.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Marks a type of the library whose JSON form only the library's Jackson module knows
 * ({@code org.replyletter.jackson.ReplyLetterModule}). A mapper without the module would otherwise
 * write such a value as its bean properties ({@code Money} as {@code {"zero":false}}, a letter as
 * {@code {}}), silently, and fail to read it with an unrelated message; with this annotation it
 * fails at once with an {@code InvalidDefinitionException} that names the module. The module's
 * annotation introspector takes precedence over this annotation, so a mapper with the module never
 * sees these failing (de)serializers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = NeedsJacksonModule.Refusing.class)
@JsonDeserialize(using = NeedsJacksonModule.Refusing.Reading.class)
public @interface NeedsJacksonModule {

  /** Refuses to write a value of a marked type. Stateless. */
  final class Refusing extends ValueSerializer<Object> {
    /** For Jackson, which instantiates the class named in the annotation. */
    public Refusing() {}

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
      ctxt.reportBadDefinition(ctxt.constructType(value.getClass()), message(value.getClass().getName()));
    }

    /** The message of the failure, naming the type and the module. */
    static String message(String typeName) {
      return typeName
          + " has a JSON form of its own that this mapper does not know: register the reply-letter Jackson"
          + " module (JsonMapper.builder().addModule(new org.replyletter.jackson.ReplyLetterModule()) or"
          + " findAndAddModules()), or use ReplyLetterJson / SubsidyJson";
    }

    /** Refuses to read a value of a marked type. */
    public static final class Reading extends ValueDeserializer<Object> {
      private final JavaType type;

      /** For Jackson, which instantiates the class named in the annotation. */
      public Reading() {
        this(null);
      }

      private Reading(JavaType type) {
        this.type = type;
      }

      @Override
      public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JavaType t = ctxt.getContextualType();
        return t == null ? this : new Reading(t);
      }

      @Override
      public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        JavaType t = type == null ? ctxt.constructType(Object.class) : type;
        return ctxt.reportBadDefinition(t, message(type == null ? "this type" : t.getRawClass().getName()));
      }
    }
  }
}
