/**
 * The reply-letter model: immutable values for an official reply (答复函) to a CPPCC proposal or an
 * NPC deputy's suggestion, and the domain values it is made of. <strong>API.</strong>
 *
 * <p>Start at {@link org.replyletter.ReplyLetter}. Values are built with {@code builder()} or
 * {@code of}/{@code parse} factories and copied with {@code withX} methods; none accepts null. Text
 * values ({@link org.replyletter.DocumentNumber}, {@link org.replyletter.Money}) parse the forms
 * seen in real letters and format the standard form.
 *
 * <p>Reading and writing JSON is in {@link org.replyletter.json}; validation in
 * {@link org.replyletter.validation}.
 */
package org.replyletter;
