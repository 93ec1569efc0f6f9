/**
 * The published JSON Schemas (draft 2020-12) of the reply letter's JSON form and of the training
 * subsidy's schedule, request and decision, for systems that are not written in Java, and a Java API
 * that validates raw JSON against them ({@link org.replyletter.jsonschema.ReplyLetterSchema}).
 *
 * <p>The schema files are plain resources outside any Java package (e.g.
 * {@code org/replyletter/schema/1.1/reply-letter.json}; every published version stays), so they
 * can be read from the jar by any tool. The module contributes the {@code json-schema} check to
 * core's validation through the {@link org.replyletter.validation.JsonTreeCheck} service.
 */
module org.replyletter.jsonschema {
  requires transitive org.replyletter.core;
  requires transitive tools.jackson.databind;
  requires com.networknt.schema;

  exports org.replyletter.jsonschema;

  provides org.replyletter.validation.JsonTreeCheck with
      org.replyletter.jsonschema.internal.JsonSchemaCheck;
}
