package org.replyletter.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.replyletter.ClassificationScheme;
import org.replyletter.Disposition;
import org.replyletter.HandlingChecklist;
import org.replyletter.NotImplementableItem;
import org.replyletter.ProposalReference;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Suggestion;
import org.replyletter.text.LetterPart;
import org.replyletter.text.TextNormalisation.Kind;
import org.replyletter.text.internal.LetterDraft.SectionDraft;
import org.replyletter.text.internal.LetterDraft.SuggestionDraft;

/**
 * The last step of an import: turns a {@link LetterDraft} into a {@code ReplyLetter}, reading the
 * proposal reference from the title or opening, and recording in the {@link Ledger} what could not
 * be kept (a reason with no item) or was filled in (a suggestion with no title).
 */
final class LetterAssembler {
  private final LetterDraft d;
  private final Ledger ledger;
  private final Optional<ClassificationScheme> schemeOption;

  LetterAssembler(LetterDraft draft, Ledger ledger, Optional<ClassificationScheme> schemeOption) {
    this.d = draft;
    this.ledger = ledger;
    this.schemeOption = schemeOption;
  }

  ReplyLetter letter() {
    ReplyLetter.Builder b = ReplyLetter.builder();
    if (d.documentNumber != null) {
      b.documentNumber(d.documentNumber);
    }
    if (d.classificationCode != null) {
      b.classification(ReplyClassification.of(scheme(d.classificationCode), d.classificationCode));
    }
    if (d.title != null) {
      b.title(d.title);
    }
    ProposalReference ref = proposal();
    if (ref != null) {
      b.proposal(ref);
    }
    b.addressees(d.addressees);
    if (d.opening != null) {
      b.opening(d.opening);
    }
    for (SectionDraft s : d.sections) {
      Section.Builder sb = Section.builder().paragraphs(s.paragraphs);
      if (s.ordinal != null) {
        sb.ordinal(s.ordinal);
      }
      if (s.heading != null) {
        sb.heading(s.heading);
      }
      b.addSections(sb.build());
    }
    if (d.checklistSeen) {
      HandlingChecklist.Builder cb = HandlingChecklist.builder();
      if (d.checklistTitle != null) {
        cb.title(d.checklistTitle);
      }
      if (d.checklistOpening != null) {
        cb.opening(d.checklistOpening);
      }
      for (SuggestionDraft s : d.suggestions) {
        cb.addSuggestions(suggestion(s));
      }
      b.checklist(cb.build());
    }
    if (!d.noteLines.isEmpty()) {
      b.supplementaryNote(String.join("\n", d.noteLines));
    }
    b.cc(d.cc);
    if (d.issueDate != null) {
      b.issueDate(d.issueDate);
    }
    if (d.organ != null) {
      b.issuingOrgan(d.organ);
    }
    if (d.signer != null) {
      b.signer(d.signer);
    }
    b.contacts(d.contacts);
    if (d.disclosure != null) {
      b.disclosure(d.disclosure);
    }
    return b.build();
  }

  private ClassificationScheme scheme(String code) {
    if (schemeOption.isPresent()) {
      return schemeOption.get();
    }
    if ("甲乙丙丁".contains(code)) {
      return ClassificationScheme.JIA_YI_BING;
    }
    return code.equals("D") ? ClassificationScheme.FOUR_CLASS : ClassificationScheme.THREE_CLASS;
  }

  private Suggestion suggestion(SuggestionDraft s) {
    String t = s.title;
    if (t == null) {
      t = s.heading;
      ledger.normalised(s.headingLine, Kind.MISSING_SUGGESTION_TITLE, s.heading, s.heading);
    }
    Disposition.Builder disposition =
        Disposition.builder()
            .completed(s.completed)
            .inProgress(s.inProgress)
            // The amounts the text states, as structured rules beside the text (the text stays as is).
            .statedSubsidies(StatedSubsidyReader.read(concat(s.completed, s.inProgress)));
    for (int k = 0; k < s.items.size(); k++) {
      NotImplementableItem.Builder nb = NotImplementableItem.builder().item(s.items.get(k).text);
      if (k < s.reasons.size()) {
        nb.reason(s.reasons.get(k).text);
      }
      disposition.addNotImplementable(nb.build());
    }
    for (int k = s.items.size(); k < s.reasons.size(); k++) {
      // A reason with no item to attach to: keep it, as unplaced text.
      TextLine r = s.reasons.get(k);
      ledger.unplacePart(r.number, LetterPart.DISPOSITION_ENTRY);
      ledger.unplace(r.number, r.text);
    }
    Suggestion.Builder sb = Suggestion.builder().title(t).disposition(disposition.build());
    if (s.ordinal != null) {
      sb.ordinal(s.ordinal);
    }
    return sb.build();
  }

  /** The proposal reference read from the title, else the opening, with the quoted proposal title. */
  private ProposalReference proposal() {
    ProposalReference ref = null;
    if (d.title != null) {
      ref = ProposalReferenceReader.read(d.title).orElse(null);
    }
    if (ref == null && d.opening != null) {
      ref = ProposalReferenceReader.read(d.opening).orElse(null);
    }
    if (ref == null) {
      return null;
    }
    String quoted = null;
    int quotedLine = 0;
    for (String source : new String[] {d.opening, d.title}) {
      if (source == null || quoted != null) {
        continue;
      }
      quoted = TextScan.between(source, '《', '》');
      if (quoted == null) {
        quoted = TextScan.between(source, '“', '”');
        if (quoted == null) {
          quoted = TextScan.between(source, '"', '"');
        }
        if (quoted != null) {
          quotedLine = source == d.opening ? d.openingLine : d.titleLine;
        }
      }
    }
    if (quoted != null && !quoted.isBlank()) {
      if (quotedLine > 0) {
        ledger.normalised(quotedLine, Kind.TITLE_QUOTES, "“" + quoted + "”", "《" + quoted + "》");
      }
      ref = ref.withTitle(quoted);
    }
    return ref;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
