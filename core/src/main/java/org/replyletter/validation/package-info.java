/**
 * Validation of reply letters: findings with stable codes, JSON Pointers and bilingual messages,
 * collected into one report. <strong>API.</strong>
 */
package org.replyletter.validation;
