/**
 * The reply-letter library core: the model ({@code org.replyletter}), findings about documents
 * ({@code org.replyletter.diagnostics}), the JSON form ({@code org.replyletter.json}), validation
 * ({@code org.replyletter.validation}), text import and rendering ({@code org.replyletter.text}) and
 * the training-subsidy calculator ({@code org.replyletter.subsidy}). Packages named {@code internal}
 * are not exported, but for the JSON reader, exported to the json-schema module alone.
 */
// Immutables' annotations are compile-time only ("requires static"; nothing uses them at run time),
// so a named module is not needed for them. (The "exports" lint, which wants them "requires
// transitive" because exported classes carry them, is switched off for this module in core/pom.xml.)
@SuppressWarnings("requires-automatic")
module org.replyletter.core {
  requires transitive tools.jackson.databind;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;

  exports org.replyletter;
  exports org.replyletter.diagnostics;
  exports org.replyletter.json;
  exports org.replyletter.validation;
  exports org.replyletter.subsidy;
  exports org.replyletter.text;
  exports org.replyletter.jackson;

  // The strict JSON reader, shared with the json-schema module only: one set of limits, one
  // encoding policy and one way of locating findings for both.
  exports org.replyletter.json.internal to org.replyletter.jsonschema;

  // Validation discovers checks of the raw JSON tree (the json-schema module provides one).
  uses org.replyletter.validation.JsonTreeCheck;

  // The library's JSON forms in users' mappers: found by JsonMapper.builder().findAndAddModules().
  provides tools.jackson.databind.JacksonModule with org.replyletter.jackson.ReplyLetterModule;

  // Jackson instantiates the serializers that make a mapper without the module fail loudly.
  opens org.replyletter.internal to tools.jackson.databind;

  // Hibernate Validator reads constraint annotations and accessors reflectively.
  opens org.replyletter to org.hibernate.validator;
  // ... and instantiates the validators of CompleteLetter and of the model's constraints in users'
  // validation (LetterConstraints).
  opens org.replyletter.validation.internal to org.hibernate.validator;
}
