package org.replyletter.subsidy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.replyletter.SubsidyKind;
import org.replyletter.subsidy.CountGroup;
import org.replyletter.subsidy.DecisionStep;
import org.replyletter.subsidy.HistoryCounting;
import org.replyletter.subsidy.Outcome;
import org.replyletter.subsidy.ShortageCatalogue;
import org.replyletter.subsidy.Source;
import org.replyletter.subsidy.StepKind;
import org.replyletter.subsidy.VersionBasis;
import org.replyletter.subsidy.VersionSelection;

/**
 * The explanation steps of what a schedule or version declares besides its parameters: the version
 * selection, the shortage catalogue and the history counting, each with its source and its note in
 * both languages. Stateless.
 */
final class VersionSteps {
  private VersionSteps() {}

  /** Which date chooses the version of a claim of {@code kind}, and on what authority. */
  static DecisionStep selection(VersionSelection s, SubsidyKind kind) {
    VersionBasis basis = s.basisFor(kind);
    DecisionStep.Builder b = DecisionStep.builder()
        .kind(StepKind.VERSION)
        .code(SubsidyCode.SELECTION.code())
        .outcome(Outcome.NOTED)
        .value(basis.id());
    s.source().ifPresent(b::source);
    String key = SubsidyCode.SELECTION.messageKey(s.source().isEmpty() ? ".form10"
        : (s.source().get().isAssumption() ? ".assumption" : "") + notes(s.note(), s.noteEn()));
    return b.messageKey(key)
        .addArguments("@basis." + basis.id(), "@kindGroup." + (kind.isTraining() ? "training" : "certificates"))
        .addAllArguments(sourceArgs(s.source()))
        .addArguments(s.note().orElse(""), s.noteEn().orElse(""))
        .build();
  }

  /** The catalogue claimed shortage classes are confirmed against, or that there is none. */
  static DecisionStep catalogue(Optional<ShortageCatalogue> catalogue) {
    DecisionStep.Builder b = DecisionStep.builder()
        .kind(StepKind.PARAMETER)
        .code(SubsidyCode.CATALOGUE.code())
        .outcome(Outcome.NOTED)
        .parameter("shortageCatalogue");
    if (catalogue.isEmpty()) {
      return b.messageKey(SubsidyCode.CATALOGUE.messageKey(".none")).value("none").build();
    }
    ShortageCatalogue c = catalogue.get();
    String value = c.coverage().id() + ", " + c.entries().size() + ", " + c.published();
    return b.messageKey(SubsidyCode.CATALOGUE.messageKey("." + c.coverage().id() + notes(c.note(), c.noteEn())))
        .value(value)
        .source(c.source())
        .addArguments(c.published().toString(), Integer.toString(c.entries().size()))
        .addAllArguments(sourceArgs(Optional.of(c.source())))
        .addArguments(c.note().orElse(""), c.noteEn().orElse(""))
        .build();
  }

  /** What of the history counts towards the limit. */
  static DecisionStep counting(HistoryCounting h) {
    List<String> groups = new ArrayList<>();
    for (CountGroup g : h.groups()) {
      List<String> kinds = new ArrayList<>();
      g.kinds().forEach(k -> kinds.add(k.id()));
      groups.add(g.id() + ": " + String.join(", ", kinds));
    }
    String value = String.join("; ", groups)
        + h.windowFrom().map(d -> "; from " + d).orElse("")
        + h.windowTo().map(d -> "; to " + d).orElse("");
    return DecisionStep.builder()
        .kind(StepKind.PARAMETER)
        .code(SubsidyCode.COUNTING.code())
        .outcome(Outcome.NOTED)
        .parameter("counting")
        .value(value)
        .source(h.source())
        .messageKey(SubsidyCode.COUNTING.messageKey(
            (h.groups().size() == 1 ? ".together" : ".separately") + notes(h.note(), h.noteEn())))
        .addArguments(Integer.toString(h.groups().size()), window(h))
        .addAllArguments(sourceArgs(Optional.of(h.source())))
        .addArguments(h.note().orElse(""), h.noteEn().orElse(""))
        .build();
  }

  /** The counting window as a message argument: {@code from – to} (an open end left empty), or "any date". */
  static String window(HistoryCounting h) {
    if (h.windowFrom().isEmpty() && h.windowTo().isEmpty()) {
      return "@window.any";
    }
    return h.windowFrom().map(Object::toString).orElse("") + " – " + h.windowTo().map(Object::toString).orElse("");
  }

  /**
   * The key suffix of a note: {@code .note} when given in both languages (the Chinese message shows
   * the Chinese note, the English one the English note), {@code .noteZh} when in Chinese only (the
   * English message says so), none without note.
   */
  static String notes(Optional<String> zh, Optional<String> en) {
    return zh.isEmpty() ? "" : en.isPresent() ? ".note" : ".noteZh";
  }

  /** Document, issuer and reliability label of a source; three empty arguments without one. */
  private static List<String> sourceArgs(Optional<Source> source) {
    return source.map(s -> List.of(s.document(), s.issuer(), "@reliability." + s.reliability().id()))
        .orElse(List.of("", "", ""));
  }
}
