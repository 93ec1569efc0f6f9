/**
 * The built-in validation rules, the Bean Validation bridge and the helpers of
 * {@link org.replyletter.validation.LetterValidator}. <strong>Internal:</strong> not exported from
 * the module; no compatibility promise. The stable contract is the rule catalogue (codes, default
 * severities, messages), documented in {@code core/RULES.md}.
 */
package org.replyletter.validation.internal;
