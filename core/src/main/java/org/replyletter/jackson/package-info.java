/**
 * The library's JSON forms in a Jackson 3 mapper of the user's own: {@link
 * org.replyletter.jackson.ReplyLetterModule}, found by {@code findAndAddModules()}.
 * <strong>API.</strong>
 *
 * <p>This package sits on top of the features (it writes letters, reports and subsidy forms); no
 * other package of the library uses it.
 */
package org.replyletter.jackson;
