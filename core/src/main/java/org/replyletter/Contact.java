package org.replyletter;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * A contact line of the letter (联系人/联系电话), naming the responsible leader or the handler.
 *
 * <p>Name and phone are each optional so that a partial contact line can be read; validation warns
 * about what is missing.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class Contact implements WithContact {
  Contact() {}

  /**
   * Returns the role; {@link ContactRole#CONTACT} unless set.
   *
   * @return the role, never null
   */
  @Value.Default
  public ContactRole role() {
    return ContactRole.CONTACT;
  }

  /**
   * Returns the person's name.
   *
   * @return the name, or empty if not given
   */
  public abstract Optional<@NotBlank String> name();

  /**
   * Returns the phone number as printed.
   *
   * @return the phone number, or empty if not given
   */
  public abstract Optional<@NotBlank String> phone();

  /**
   * Obtains a contact with name and phone.
   *
   * @param role the role; not null
   * @param name the name; not null
   * @param phone the phone number; not null
   * @return the contact
   */
  public static Contact of(ContactRole role, String name, String phone) {
    return builder().role(role).name(name).phone(phone).build();
  }

  /**
   * Returns the members of this object's JSON form that this version of the library does not know,
   * as name → JSON text, in document order. Only {@linkplain
   * org.replyletter.json.ReplyLetterJson#lenient() lenient reading} fills it, so that a letter from
   * a newer schema version survives a round trip through this version; it is empty for values built
   * in code or read strictly. Writing puts the members back after the known ones.
   *
   * @return an unmodifiable map of member name to a JSON value's text, usually empty
   */
  public abstract Map<String, String> unknownMembers();

  @Value.Check
  void checkUnknownMembers() {
    JsonValues.requireValues(unknownMembers());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}; not thread-safe. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
