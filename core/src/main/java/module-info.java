/**
 * The reply-letter library core: the model ({@code org.replyletter}), its JSON form
 * ({@code org.replyletter.json}), validation ({@code org.replyletter.validation}) and the
 * training-subsidy calculator ({@code org.replyletter.subsidy}). Packages named {@code internal}
 * are not exported.
 */
module org.replyletter.core {
  requires transitive tools.jackson.databind;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;

  exports org.replyletter;
  exports org.replyletter.json;
  exports org.replyletter.validation;
  // exports org.replyletter.subsidy;  (added when the package has its first class)

  // Hibernate Validator reads constraint annotations and accessors reflectively.
  opens org.replyletter to org.hibernate.validator;
}
