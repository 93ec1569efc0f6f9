package org.replyletter.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.replyletter.json.JsonInputException;
import org.replyletter.subsidy.DecisionStep;
import org.replyletter.subsidy.Outcome;
import org.replyletter.subsidy.ScheduleDefinitionException;
import org.replyletter.subsidy.SubsidyCalculator;
import org.replyletter.subsidy.SubsidyDecision;
import org.replyletter.subsidy.SubsidyJson;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.SubsidySchedule;
import org.replyletter.diagnostics.Finding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reply-letter subsidy [--schedule default|xiamen|FILE] [--format text|json] [--lang zh|en]
 * REQUEST_FILE...}: decides each training-subsidy request and prints the decision with its
 * explanation.
 *
 * <p>Text: per request a line {@code FILE: 符合条件 3900元 → 个人 (version)} (or the failed reason
 * codes), followed by {@code ；提醒：CODES} when the decision has warnings, then the numbered
 * explanation, one step a line, {@code ✓}/{@code ✗}/{@code !} marking conditions passed, failed and
 * to be checked by a caseworker.
 * JSON: an array of decisions as {@code SubsidyJson.writeDecisions} writes them; a request without an
 * {@code id} gets its file name as {@code requestId}.
 *
 * <p>Exit 0 when every request is eligible, 1 when any is not, 2 when a schedule or request cannot
 * be read, or the schedule is badly defined (every readable request is still decided and printed).
 */
@Command(
    name = "subsidy",
    mixinStandardHelpOptions = true,
    description = {
      "Decide training-subsidy requests (职业培训补贴) and explain each decision.",
      "Exit 0 when all are eligible, 1 when any is not, 2 for bad input."
    })
final class SubsidyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--schedule",
      paramLabel = "default|xiamen|FILE",
      defaultValue = "default",
      description = "The schedule: default (晋江 from 2024-07-01), xiamen, or a schedule JSON file. Default: ${DEFAULT-VALUE}.")
  String schedule;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Output format. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      defaultValue = "zh",
      description = "Language of the explanation. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Parameters(arity = "1..*", paramLabel = "REQUEST_FILE", description = "Request JSON files (core/SUBSIDY.md).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json: " + format);
    }
    if (!lang.equals("zh") && !lang.equals("en")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be zh or en: " + lang);
    }
    Locale locale = lang.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    SubsidySchedule s;
    try {
      s = switch (schedule) {
        case "default", "jinjiang" -> SubsidySchedule.jinjiang();
        case "xiamen" -> SubsidySchedule.xiamen();
        default -> SubsidyJson.defaults().readSchedule(Path.of(schedule));
      };
    } catch (JsonInputException e) {
      printFindings(err, e.sourceName().orElse("<input>"), e.findings(), locale);
      return ReplyLetterCommand.USAGE;
    } catch (ScheduleDefinitionException e) {
      String source = e.sourceName().orElse("<input>");
      err.println(source + (locale.getLanguage().equals("en")
          ? ": the schedule is readable JSON but badly defined:"
          : "：补贴标准的JSON可以读取，但定义有误："));
      printFindings(err, source, e.findings(), locale);
      return ReplyLetterCommand.USAGE;
    }
    SubsidyCalculator calculator = SubsidyCalculator.of(s);
    boolean badInput = false;
    List<SubsidyRequest> requests = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      try {
        SubsidyRequest r = SubsidyJson.defaults().readRequest(file);
        requests.add(r.id().isPresent() ? r : r.withId(file.toString()));
        names.add(file.toString());
      } catch (JsonInputException e) {
        printFindings(err, e.sourceName().orElse("<input>"), e.findings(), locale);
        badInput = true;
      }
    }
    List<SubsidyDecision> decisions = calculator.decideAll(requests, true);
    if (format.equals("json")) {
      out.print(new String(SubsidyJson.defaults().writeDecisions(decisions, locale), StandardCharsets.UTF_8));
    } else {
      for (int i = 0; i < decisions.size(); i++) {
        printText(out, names.get(i), decisions.get(i), locale);
      }
    }
    out.flush();
    if (badInput) {
      return ReplyLetterCommand.USAGE;
    }
    return decisions.stream().allMatch(SubsidyDecision::eligible) ? ReplyLetterCommand.OK : ReplyLetterCommand.INVALID;
  }

  private static void printText(PrintWriter out, String file, SubsidyDecision d, Locale locale) {
    boolean en = locale.getLanguage().equals("en");
    StringBuilder head = new StringBuilder(file).append(": ");
    if (d.eligible()) {
      head.append(en ? "eligible " : "符合条件 ").append(d.amount().format())
          .append(" → ").append(d.payee().map(p -> en ? p.id() : p.label()).orElse(""));
    } else {
      head.append(en ? "not eligible " : "不符合条件 ").append(String.join(", ", d.reasons()));
    }
    d.version().ifPresent(v -> head.append(" (").append(v).append(')'));
    if (!d.warnings().isEmpty()) {
      head.append(en ? "; warnings: " : "；提醒：").append(String.join(", ", d.warnings()));
    }
    out.println(head);
    int n = 1;
    for (DecisionStep step : d.explanation()) {
      String mark = switch (step.outcome()) {
        case PASSED -> "✓ ";
        case FAILED -> "✗ ";
        case WARNING -> "! ";
        default -> "";
      };
      String code = step.kind() == org.replyletter.subsidy.StepKind.CONDITION ? step.code() + " " : "";
      out.printf("  %2d. %s%s%s%n", n++, mark, code, step.message(locale));
    }
  }

  private static void printFindings(PrintWriter err, String source, List<Finding> findings, Locale locale) {
    for (Finding f : findings) {
      StringBuilder b = new StringBuilder(source);
      if (f.line().isPresent()) {
        b.append(':').append(f.line().getAsInt()).append(':').append(f.column().orElse(1));
      }
      b.append(": ").append(f.severity().code()).append(' ').append(f.code()).append(' ').append(f.message(locale));
      if (!f.path().isEmpty()) {
        b.append(" (").append(f.path()).append(')');
      }
      err.println(b);
    }
  }
}
