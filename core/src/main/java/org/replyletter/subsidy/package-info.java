/**
 * Training subsidies (职业培训补贴): schedules of dated rules kept as data, and a calculator that
 * decides a claim with the reasons. <strong>API.</strong>
 *
 * <h2>Rules as data</h2>
 *
 * A {@link org.replyletter.subsidy.SubsidySchedule} holds dated
 * {@link org.replyletter.subsidy.ScheduleVersion}s, one jurisdiction's rules over one period each;
 * a version gives every {@link org.replyletter.subsidy.ParameterKey parameter} a
 * {@link org.replyletter.subsidy.Parameter value with its source} (document, issuer and
 * {@link org.replyletter.subsidy.Reliability reliability}: the letter, an official text, a report,
 * or an assumption). A policy change is a new version; versions of one jurisdiction never overlap,
 * and a schedule that breaks a rule fails when it is read, never when a claim is decided. Two
 * schedules are bundled: {@link org.replyletter.subsidy.SubsidySchedule#jinjiang()} (the default)
 * and {@link org.replyletter.subsidy.SubsidySchedule#xiamen()}.
 *
 * <h2>Deciding</h2>
 *
 * {@link org.replyletter.subsidy.SubsidyCalculator} takes a
 * {@link org.replyletter.subsidy.SubsidyRequest} (applicant, claim, history of subsidies received,
 * decision date) and returns a {@link org.replyletter.subsidy.SubsidyDecision}: eligible or not, the
 * exact amount ({@link org.replyletter.Money}, one declared {@link
 * org.replyletter.subsidy.RoundingRule rounding rule}), the payee, the failed reason codes, and an
 * ordered explanation of {@link org.replyletter.subsidy.DecisionStep}s rendered in Chinese or English.
 *
 * <p>{@link org.replyletter.subsidy.SubsidyJson} reads and writes the JSON forms of requests,
 * schedules and decisions. Those forms, every parameter of the default schedule
 * with its source, and the reason codes are documented in {@code core/SUBSIDY.md}.
 *
 * <p>Every type here is immutable and thread-safe, except the builders.
 *
 * @since 0.1.0
 */
package org.replyletter.subsidy;
