/**
 * The published JSON Schemas and validation of raw JSON against them. <strong>API.</strong>
 *
 * <p>{@link org.replyletter.jsonschema.ReplyLetterSchema} is the one entry point: it lists the
 * schemas by name, returns each schema's text, and validates a JSON document against it, returning
 * {@link org.replyletter.diagnostics.Finding}s in the same shape as the rest of validation.
 *
 * <h2>Finding codes</h2>
 *
 * Every finding of this package is an {@linkplain org.replyletter.diagnostics.Severity#ERROR error}
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
 *     <tr><td>{@code RL-SCHEMA-009}</td><td>any other schema keyword, such as a rule across
 *         members ({@code anyOf}, {@code not}) or an empty list that needs an element
 *         ({@code minItems})</td><td>the value</td><td>{@code SUB-DEF-004} for a schedule without
 *         versions</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>The subsidy schemas</h2>
 *
 * {@code subsidy-schedule}, {@code subsidy-request} and {@code subsidy-decision} describe the JSON
 * forms of {@link org.replyletter.subsidy}. A rate that is not a percentage ({@code SUB-DEF-003})
 * is {@code RL-SCHEMA-005}. The model's rules across members (an applicant's birth date or age; a
 * level exactly for a skill-level certificate; an occupation, not blank, for the two certificates of
 * an occupation; a schedule's or source's names not blank) are stated in the schemas: the reader
 * reports them at the object, the schema at the object or at the member concerned. Four rules of a
 * schedule cannot be stated in JSON Schema and are checked by the Java reader only: a cited source is
 * declared, version and source identifiers are unique ({@code SUB-DEF-002}), versions of one
 * jurisdiction do not overlap ({@code SUB-DEF-001}), and {@code effectiveTo} is not before
 * {@code effectiveFrom}. As for letters, an integer written with a fraction ({@code 41.0}) is an
 * integer to JSON Schema but not to the reader.
 *
 * @since 0.1.0
 */
package org.replyletter.jsonschema;
