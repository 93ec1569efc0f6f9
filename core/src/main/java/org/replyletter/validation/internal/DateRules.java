package org.replyletter.validation.internal;

import java.time.LocalDate;
import java.util.List;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/**
 * Rules on the issue date (成文日期): not in the future, not before the assignment (交办), and within
 * the reply deadlines counted from the assignment: 3 months, extendable to at most 6 (domain.md §1).
 */
final class DateRules {
  private DateRules() {}

  static final String PATH = "/issueDate";
  /** The regular reply period, in months. */
  static final int DUE_MONTHS = 3;
  /** The longest period with extension, in months. */
  static final int LIMIT_MONTHS = 6;

  /** The issue date is not after today (by the validation clock). */
  static final class NotInFuture extends BuiltInRule {
    NotInFuture() {
      super(Code.DATE_FUTURE);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      LocalDate today = context.today();
      letter.issueDate()
          .filter(d -> d.isAfter(today))
          .ifPresent(d -> out.add(Code.DATE_FUTURE.at(PATH, d.toString(), today.toString())));
    }
  }

  /** The letter is not issued before the proposal was assigned. */
  static final class NotBeforeAssignment extends BuiltInRule {
    NotBeforeAssignment() {
      super(Code.DATE_BEFORE_ASSIGNMENT);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      if (letter.issueDate().isPresent() && letter.assignmentDate().isPresent()) {
        LocalDate issued = letter.issueDate().get();
        LocalDate assigned = letter.assignmentDate().get();
        if (issued.isBefore(assigned)) {
          out.add(Code.DATE_BEFORE_ASSIGNMENT.at(PATH, issued.toString(), assigned.toString()));
        }
      }
    }
  }

  /**
   * The reply is due 3 months after assignment (a warning when later) and at most 6 months after it
   * (an error when later). One rule, so a reply 7 months late gives the error only.
   */
  static final class Deadline extends BuiltInRule {
    Deadline() {
      super(Code.DATE_LATE, Code.DATE_OVERDUE);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      if (letter.issueDate().isEmpty() || letter.assignmentDate().isEmpty()) {
        return;
      }
      LocalDate issued = letter.issueDate().get();
      LocalDate assigned = letter.assignmentDate().get();
      LocalDate due = assigned.plusMonths(DUE_MONTHS);
      LocalDate limit = assigned.plusMonths(LIMIT_MONTHS);
      if (issued.isAfter(limit)) {
        out.add(Code.DATE_OVERDUE.at(PATH, issued.toString(), assigned.toString(), limit.toString()));
      } else if (issued.isAfter(due)) {
        out.add(Code.DATE_LATE.at(PATH, issued.toString(), assigned.toString(), due.toString()));
      }
    }
  }

  static List<BuiltInRule> all() {
    return List.of(new NotInFuture(), new NotBeforeAssignment(), new Deadline());
  }
}
