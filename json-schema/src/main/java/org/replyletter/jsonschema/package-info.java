/**
 * The published JSON Schemas and validation of raw JSON against them. <strong>API.</strong>
 *
 * <p>{@link org.replyletter.jsonschema.ReplyLetterSchema} is the one entry point: it lists the
 * schemas by name, returns each schema's text, and validates a JSON document against it, returning
 * {@link org.replyletter.validation.Finding}s in the same shape as the rest of validation.
 *
 * <h2>Finding codes</h2>
 *
 * Every finding of this package is an {@linkplain org.replyletter.validation.Severity#ERROR error}
 * whose path is an RFC 6901 JSON Pointer into the document, located (line and column) like the
 * reader's findings when validated from bytes. The codes are stable and never reused; the
 * right-hand column names the reader's code for the same problem at the same path and location,
 * which a report uses to avoid reporting one problem twice. The module's tests hold the schema and
 * the reader to this: for every mutation they try, both accept, or both reject at the same paths.
 *
 * <table class="striped">
 *   <caption>Schema finding codes</caption>
 *   <thead><tr><th>Code</th><th>Problem</th><th>Path</th><th>Reader's code</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code RL-SCHEMA-001}</td><td>wrong JSON type, including {@code null}</td>
 *         <td>the value</td><td>{@code RL-JSON-004}</td></tr>
 *     <tr><td>{@code RL-SCHEMA-002}</td><td>missing required member</td>
 *         <td>the missing member</td><td>{@code RL-JSON-005}</td></tr>
 *     <tr><td>{@code RL-SCHEMA-003}</td><td>unknown member</td>
 *         <td>the member</td><td>{@code RL-JSON-003}</td></tr>
 *     <tr><td>{@code RL-SCHEMA-004}</td><td>value not among the allowed identifiers</td>
 *         <td>the value</td><td>{@code RL-JSON-006}</td></tr>
 *     <tr><td>{@code RL-SCHEMA-005}</td><td>text not in the required form (document number, date,
 *         schema version)</td><td>the value</td><td>{@code RL-JSON-006}, or {@code RL-JSON-008} for
 *         {@code /schemaVersion}</td></tr>
 *     <tr><td>{@code RL-SCHEMA-006}</td><td>text not of the declared {@code format}</td>
 *         <td>the value</td><td>{@code RL-JSON-006}</td></tr>
 *     <tr><td>{@code RL-SCHEMA-007}</td><td>number outside its range</td>
 *         <td>the value</td><td>{@code RL-JSON-006}</td></tr>
 *     <tr><td>{@code RL-SCHEMA-008}</td><td>the check could not be completed (a defect, reported
 *         rather than thrown by the {@code json-schema} check)</td><td>the document</td><td></td></tr>
 *     <tr><td>{@code RL-SCHEMA-009}</td><td>any other schema keyword</td>
 *         <td>the value</td><td></td></tr>
 *   </tbody>
 * </table>
 *
 * @since 0.1.0
 */
package org.replyletter.jsonschema;
