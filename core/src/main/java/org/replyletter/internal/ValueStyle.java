package org.replyletter.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, set once: generated {@code ImmutableX} classes stay
 * package-private behind the abstract domain type, builders are exposed as {@code X.Builder}, and
 * copy methods ({@code withX}) return the abstract type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // Types marked NeedsJacksonModule carry Jackson annotations; Immutables must not generate
    // Jackson creators for them (the module reads them with the library's codecs).
    jacksonIntegration = false,
    depluralize = true,
    depluralizeDictionary = {"cc:cc", "completed:completed", "inProgress:inProgress"},
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ValueStyle {}
