/**
 * The strict JSON reader and writer: Jackson set up once with the limits, the codecs of the model,
 * locating findings in the source bytes. Not API; exported to the json-schema module alone, which
 * parses with the same reader.
 */
package org.replyletter.json.internal;
