package org.replyletter.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.replyletter.Channel;
import org.replyletter.ClassificationScheme;
import org.replyletter.Disposition;
import org.replyletter.HandlingChecklist;
import org.replyletter.NotImplementableItem;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
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
    List<ProposalReference> refs = proposals();
    if (!refs.isEmpty()) {
      b.proposal(refs.get(0));
      b.additionalProposals(refs.subList(1, refs.size()));
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
    String organ = organ();
    if (organ != null) {
      b.issuingOrgan(organ);
      // The organ's part in joint handling, where a form prints it next to the organ's name.
      b.handlingRole(Optional.ofNullable(d.handlingParts.get(organ)));
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

  /**
   * The issuing organ: signed next to the date, else named by 承办单位, else printed above the title,
   * else named at the start of the title (砚山县交通运输局关于…).
   */
  private String organ() {
    if (d.organ != null) {
      return d.organ;
    }
    if (d.labelledOrgan != null) {
      return d.labelledOrgan;
    }
    if (d.headerOrgan != null) {
      return d.headerOrgan;
    }
    if (d.title != null) {
      int guan = d.title.indexOf("关于");
      if (guan > 0 && ClosingReader.isOrganLike(d.title.substring(0, guan))) {
        return d.title.substring(0, guan);
      }
    }
    return null;
  }

  private ClassificationScheme scheme(String code) {
    if (schemeOption.isPresent()) {
      return schemeOption.get();
    }
    if ("甲乙丙丁".contains(code)) {
      return ClassificationScheme.JIA_YI_BING;
    }
    if (code.length() > 1) {
      return code.startsWith("D") ? ClassificationScheme.FOUR_CLASS : ClassificationScheme.THREE_CLASS;
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

  /**
   * The proposal reference: number, channel word and meeting read from the title, else the opening;
   * the channel from the word after the number, else the body's name, else the addressees' role,
   * and absent where none of them says it; the proposal's title quoted in the opening (or the
   * title), or unquoted after 提出的关于. Each part is set only where the text gives it.
   */
  private List<ProposalReference> proposals() {
    ProposalReferenceReader.Mention t =
        d.title != null ? ProposalReferenceReader.scan(d.title) : new ProposalReferenceReader.Mention();
    ProposalReferenceReader.Mention o =
        d.opening != null ? ProposalReferenceReader.scan(d.opening) : new ProposalReferenceReader.Mention();
    List<String> numbers = t.number != null ? t.numbers : o.numbers;
    ProposalReferenceReader.Mention meeting = t.body != null ? t : o;
    Channel channel = t.channelWord != null ? t.channelWord : o.channelWord;
    if (channel == null) {
      channel = ProposalReferenceReader.channelOfBody(meeting.body);
    }
    if (channel == null) {
      channel = channelOfAddressees();
    }
    String quoted = null;
    if (numbers.size() <= 1) {
      // With several numbers, which title belongs to which is not said: no title is read.
      if (d.opening != null) {
        quoted = proposalTitle(d.opening, d.openingLine, true);
      }
      if (quoted == null && d.title != null) {
        quoted = proposalTitle(d.title, d.titleLine, false);
      }
    }
    if (numbers.isEmpty() && meeting.body == null && quoted == null) {
      return List.of(); // the letter does not say which proposal it answers
    }
    // Each part only where the text states it: a reference by title alone, no channel guessed.
    List<ProposalReference> refs = new ArrayList<>();
    List<String> each = new ArrayList<>(numbers);
    if (each.isEmpty()) {
      each.add(null);
    }
    for (String number : each) {
      refs.add(ProposalReferenceReader.build(channel, meeting.body, meeting.term, meeting.session, number));
    }
    refs.set(0, refs.get(0).withTitle(Optional.ofNullable(quoted)));
    return refs;
  }

  private Channel channelOfAddressees() {
    Channel channel = null;
    for (Proposer p : d.addressees) {
      if (p.role().isEmpty()) {
        continue;
      }
      Channel c = p.role().get() == ProposerRole.MEMBER ? Channel.CPPCC_PROPOSAL : Channel.NPC_SUGGESTION;
      if (channel != null && channel != c) {
        return null;
      }
      channel = c;
    }
    return channel;
  }

  /**
   * The proposal's title in {@code text}: in 《》 or “”, or (in an opening) unquoted from 关于 to the
   * first 建议 or 提案; null if none. A title in “” is recorded as a normalisation to 《》.
   */
  private String proposalTitle(String text, int line, boolean unquotedToo) {
    int q = TextScan.firstOf(text, "《“\"");
    int g = text.indexOf("关于");
    if (unquotedToo && g >= 0 && (q < 0 || g < q) && (g + 2 >= text.length() || "《“\"".indexOf(text.charAt(g + 2)) < 0)) {
      int end = -1;
      for (String w : new String[] {"建议", "提案"}) {
        int e = text.indexOf(w, g + 2);
        if (e >= 0 && (end < 0 || e < end)) {
          end = e;
        }
      }
      if (end > 0 && end - g < 150) {
        return text.substring(g, end + 2);
      }
    }
    if (q < 0) {
      return null;
    }
    char open = text.charAt(q);
    char close = open == '《' ? '》' : open == '“' ? '”' : '"';
    int e = text.indexOf(close, q + 1);
    if (e < 0) {
      return null;
    }
    String quoted = text.substring(q + 1, e);
    if (quoted.isBlank()) {
      return null;
    }
    if (open != '《') {
      ledger.normalised(line, Kind.TITLE_QUOTES, "“" + quoted + "”", "《" + quoted + "》");
    }
    return quoted;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
