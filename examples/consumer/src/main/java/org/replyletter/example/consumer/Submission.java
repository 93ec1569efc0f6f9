package org.replyletter.example.consumer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.replyletter.Money;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Severity;
import org.replyletter.validation.CompleteLetter;

/**
 * A user's document: a clerk submits a letter for sending, with a budget, and later letters of the
 * same proposal. The letter must satisfy the model's constraints ({@code @Valid}) and have no
 * warning of the completeness rules ({@code @CompleteLetter}).
 *
 * @param clerk who submits
 * @param letter the letter
 * @param budget the amount set aside
 * @param followUps later letters
 */
public record Submission(
    @NotBlank String clerk,
    @Valid @CompleteLetter(severity = Severity.WARNING) ReplyLetter letter,
    Money budget,
    List<@Valid ReplyLetter> followUps) {}
