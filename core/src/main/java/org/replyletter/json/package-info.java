/**
 * Reading and writing reply letters as JSON: strict, located errors on the way in, deterministic
 * bytes on the way out. <strong>API.</strong>
 *
 * <p>The entry point is {@link org.replyletter.json.ReplyLetterJson}.
 */
package org.replyletter.json;
