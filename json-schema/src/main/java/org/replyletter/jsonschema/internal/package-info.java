/**
 * Implementation of the JSON Schema module: the schema catalogue, the networknt validator set-up,
 * the mapping of its errors to findings, and the {@code json-schema} check. <strong>Internal:</strong>
 * not exported, may change without notice.
 */
package org.replyletter.jsonschema.internal;
