/**
 * The serializers, deserializers and annotation introspector of the Jackson module, over the
 * library's codecs. <strong>Internal:</strong> not exported.
 */
package org.replyletter.jackson.internal;
