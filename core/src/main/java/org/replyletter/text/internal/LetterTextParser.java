package org.replyletter.text.internal;

import org.replyletter.internal.ChineseNumerals;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.replyletter.CcGroup;
import org.replyletter.ClassificationScheme;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.Disposition;
import org.replyletter.DocumentNumber;
import org.replyletter.HandlingChecklist;
import org.replyletter.NotImplementableItem;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Sponsorship;
import org.replyletter.Suggestion;
import org.replyletter.ValueParseException;
import org.replyletter.internal.Digits;
import org.replyletter.text.ImportReport;
import org.replyletter.text.ImportResult;
import org.replyletter.text.LetterPart;
import org.replyletter.text.PlacedLine;
import org.replyletter.text.TextNormalisation;
import org.replyletter.text.TextNormalisation.Kind;
import org.replyletter.text.UnplacedLine;

/**
 * The line classifier behind {@code LetterImporter}: one forward pass over the non-blank lines with
 * a zone (header, body, checklist, note, closing), after one pre-pass that finds the date and the
 * organ signed next to it. Every line ends in {@link #place} or {@link #unplace}; recognisers on
 * structural lines only look at lines of at most {@value #SHORT} characters, and all scanning is
 * hand-written or uses regex-free string search, so the time is linear in the input. Not
 * thread-safe: one instance per import.
 */
public final class LetterTextParser {
  static final int SHORT = 200;

  private static final String[] CLASS_LABELS = {
    "答复类型", "办复类别", "答复类别", "办复类型", "办理类别", "办理类型", "类别", "类型"
  };
  private static final String SENTENCE_END = "。！？；：.!?;:，,、";
  private static final String ORGAN_ENDINGS = "局委会院办室厅部府处所站司队社联馆行署心";
  private static final String[] CLOSING_PHRASES = {"特此答复", "特此函复", "专此答复", "专此函复", "此复", "特此复函"};

  /** Collective forms of address, not names: {@code 各位委员：} is not placed as a proposer. */
  private static final Set<String> COLLECTIVE = Set.of("各位", "诸位", "全体", "各");

  private enum Zone { HEADER, BODY, CHECKLIST_HEAD, CHECKLIST, NOTE, CLOSING }

  private enum Field { NONE, COMPLETED, IN_PROGRESS, NOT_IMPLEMENTABLE, REASON }

  private static final class SectionDraft {
    String ordinal;
    String heading;
    final List<String> paragraphs = new ArrayList<>();
  }

  private static final class SuggestionDraft {
    String ordinal;
    String heading;
    int headingLine;
    String title;
    Field field = Field.NONE;
    final List<String> completed = new ArrayList<>();
    final List<String> inProgress = new ArrayList<>();
    final List<TextLine> items = new ArrayList<>();
    final List<TextLine> reasons = new ArrayList<>();
  }

  private final Optional<ClassificationScheme> schemeOption;

  private final Map<Integer, List<LetterPart>> placed = new TreeMap<>();
  private final List<UnplacedLine> unplaced = new ArrayList<>();
  private final List<TextNormalisation> normalisations = new ArrayList<>();
  private long unplacedChars;
  private boolean structural;

  private DocumentNumber documentNumber;
  private String signer;
  private String classificationCode;
  private String title;
  private final List<Proposer> addressees = new ArrayList<>();
  private String opening;
  private final List<SectionDraft> sections = new ArrayList<>();
  private boolean checklistSeen;
  private String attachmentText;
  private int attachmentLine;
  private String checklistTitle;
  private String checklistOpening;
  private final List<SuggestionDraft> suggestions = new ArrayList<>();
  private final List<String> noteLines = new ArrayList<>();
  private boolean noteSeen;
  private String organ;
  private LocalDate issueDate;
  private final List<Contact> contacts = new ArrayList<>();
  private Disclosure disclosure;
  private final List<CcGroup> cc = new ArrayList<>();
  private boolean ccSeen;

  /**
   * Creates a parser.
   *
   * @param schemeOption the classification scheme to use, or empty to tell it from the code
   */
  public LetterTextParser(Optional<ClassificationScheme> schemeOption) {
    this.schemeOption = schemeOption;
  }

  /**
   * Parses a whole text. Never throws for any input.
   *
   * @param input the text
   * @return the letter and report
   */
  public ImportResult parse(String input) {
    String text = input;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
      normalisations.add(TextNormalisation.of(1, Kind.BYTE_ORDER_MARK, "\uFEFF", ""));
    }
    List<TextLine> lines = TextLine.split(text);
    Set<Integer> organLines = findOrgan(lines);
    Zone zone = Zone.HEADER;
    for (int i = 0; i < lines.size(); i++) {
      TextLine ln = lines.get(i);
      zone = handle(ln, i, lines, organLines, zone);
    }
    finishAttachment();
    long total = 0;
    for (TextLine ln : lines) {
      total += ln.length();
    }
    if (!structural) {
      // Nothing letter-like: do not pretend that arbitrary text is a letter.
      placed.clear();
      unplaced.clear();
      normalisations.removeIf(n -> n.kind() != Kind.BYTE_ORDER_MARK);
      unplacedChars = 0;
      for (TextLine ln : lines) {
        unplace(ln.number, ln.text);
      }
      return ImportResult.of(ReplyLetter.builder().build(), report(lines.size(), total));
    }
    return ImportResult.of(buildLetter(), report(lines.size(), total));
  }

  private ImportReport report(int lineCount, long total) {
    ImportReport.Builder r = ImportReport.builder().nonBlankLines(lineCount);
    for (Map.Entry<Integer, List<LetterPart>> e : placed.entrySet()) {
      for (LetterPart part : e.getValue()) {
        r.addPlacedLines(PlacedLine.of(e.getKey(), part));
      }
    }
    unplaced.sort((a, b) -> Integer.compare(a.line(), b.line()));
    normalisations.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return r.unplacedLines(unplaced)
        .normalisations(normalisations)
        .charactersUnplaced(unplacedChars)
        .charactersPlaced(total - unplacedChars)
        .build();
  }

  // ---------------------------------------------------------------- bookkeeping

  private void place(TextLine ln, LetterPart part) {
    List<LetterPart> parts = placed.computeIfAbsent(ln.number, k -> new ArrayList<>(1));
    if (!parts.contains(part)) {
      parts.add(part);
    }
    if (part != LetterPart.PARAGRAPH && part != LetterPart.SECTION_HEADING) {
      structural = true;
    }
  }

  private void unplace(int line, String text) {
    String t = TextLine.strip(text);
    if (!t.isEmpty()) {
      unplaced.add(UnplacedLine.of(line, t));
      unplacedChars += t.codePointCount(0, t.length());
    }
  }

  private void normalised(int line, Kind kind, String original, String result) {
    normalisations.add(TextNormalisation.of(line, kind, original, result));
  }

  // ---------------------------------------------------------------- main dispatch

  private Zone handle(TextLine ln, int i, List<TextLine> lines, Set<Integer> organLines, Zone zone) {
    String t = ln.text;
    if (t.length() <= SHORT) {
      if (organLines.contains(i) && organ == null) {
        organ = t;
        place(ln, LetterPart.ISSUING_ORGAN);
        return zone == Zone.HEADER ? zone : Zone.CLOSING;
      }
      if (tryCc(ln) || tryDisclosure(ln) || tryDate(ln) || tryContact(ln)) {
        return zone == Zone.HEADER ? zone : Zone.CLOSING;
      }
      if (zone != Zone.CHECKLIST && zone != Zone.CHECKLIST_HEAD && tryClassification(ln, t, true)) {
        return zone;
      }
      if (trySigner(ln, t)) {
        return zone;
      }
    }
    switch (zone) {
      case HEADER:
        if (t.length() <= SHORT) {
          Zone start = checklistStart(ln);
          if (start != null) {
            return start;
          }
          if (documentNumber == null && tryDocumentNumberLine(ln)) {
            return zone;
          }
          if (title == null && addressees.isEmpty() && opening == null && isTitleLike(t)) {
            title = t;
            place(ln, LetterPart.TITLE);
            return zone;
          }
          if (addressees.isEmpty() && opening == null && tryAddressees(ln)) {
            return zone;
          }
        }
        if (opening == null && isOpeningLike(t)) {
          opening = t;
          place(ln, LetterPart.OPENING);
          return Zone.BODY;
        }
        if (opening == null && t.length() <= 30 && (t.endsWith("：") || t.endsWith(":"))) {
          // A salutation that names nobody (各位委员：): not body text, and not a proposer.
          unplace(ln.number, t);
          return zone;
        }
        return body(ln, i, lines);
      case BODY:
        return body(ln, i, lines);
      case CHECKLIST_HEAD:
        return checklistHead(ln);
      case CHECKLIST:
        return checklist(ln);
      case NOTE:
        return note(ln);
      case CLOSING:
      default:
        return closing(ln);
    }
  }

  private Zone body(TextLine ln, int i, List<TextLine> lines) {
    String t = ln.text;
    Zone z = checklistStart(ln);
    if (z != null) {
      return z;
    }
    if (t.length() <= SHORT && trySectionOrdinal(ln)) {
      return Zone.BODY;
    }
    if (isUnnumberedHeading(t, i, lines)) {
      SectionDraft s = new SectionDraft();
      s.heading = t;
      sections.add(s);
      place(ln, LetterPart.SECTION_HEADING);
      return Zone.BODY;
    }
    if (sections.isEmpty()) {
      sections.add(new SectionDraft());
    }
    sections.get(sections.size() - 1).paragraphs.add(t);
    place(ln, LetterPart.PARAGRAPH);
    return Zone.BODY;
  }

  /** The lines that start the checklist or the note, from the body or after the closing. */
  private Zone checklistStart(TextLine ln) {
    String t = ln.text;
    if (t.length() > SHORT) {
      return null;
    }
    if (tryAttachment(ln)) {
      return Zone.CHECKLIST_HEAD;
    }
    if (trySuggestionHeading(ln)) {
      return Zone.CHECKLIST;
    }
    if (tryNoteLabel(ln)) {
      return Zone.NOTE;
    }
    return null;
  }

  private Zone checklistHead(TextLine ln) {
    Zone z = checklistStart(ln);
    if (z != null) {
      return z;
    }
    String t = ln.text;
    if (checklistOpening == null && isOpeningLike(t)) {
      checklistOpening = t;
      place(ln, LetterPart.CHECKLIST_OPENING);
    } else if (checklistTitle == null && checklistOpening == null && t.length() <= SHORT) {
      checklistTitle = t;
      place(ln, LetterPart.CHECKLIST_TITLE);
    } else {
      unplace(ln.number, t);
    }
    return Zone.CHECKLIST_HEAD;
  }

  private Zone checklist(TextLine ln) {
    Zone z = checklistStart(ln);
    if (z != null) {
      return z;
    }
    SuggestionDraft s = suggestions.get(suggestions.size() - 1);
    String t = ln.text;
    if (t.length() <= SHORT && tryFieldLabel(ln, s)) {
      return Zone.CHECKLIST;
    }
    if (s.field == Field.NONE) {
      if (s.title == null) {
        s.title = t;
        place(ln, LetterPart.SUGGESTION_TITLE);
      } else {
        unplace(ln.number, t);
      }
      return Zone.CHECKLIST;
    }
    addEntry(s, ln, t);
    return Zone.CHECKLIST;
  }

  private void addEntry(SuggestionDraft s, TextLine ln, String t) {
    switch (s.field) {
      case COMPLETED:
        s.completed.add(t);
        break;
      case IN_PROGRESS:
        s.inProgress.add(t);
        break;
      case NOT_IMPLEMENTABLE:
        s.items.add(new TextLine(ln.number, t));
        break;
      default:
        s.reasons.add(new TextLine(ln.number, t));
        break;
    }
    place(ln, LetterPart.DISPOSITION_ENTRY);
  }

  private Zone note(TextLine ln) {
    Zone z = checklistStart(ln);
    if (z != null) {
      return z;
    }
    noteLines.add(ln.text);
    place(ln, LetterPart.SUPPLEMENTARY_NOTE);
    return Zone.NOTE;
  }

  private Zone closing(TextLine ln) {
    Zone z = checklistStart(ln);
    if (z != null) {
      return z;
    }
    unplace(ln.number, ln.text);
    return Zone.CLOSING;
  }

  // ---------------------------------------------------------------- header recognisers

  private boolean tryDocumentNumberLine(TextLine ln) {
    String t = ln.text;
    if (t.length() > 100 || t.indexOf('号') < 0 && !containsDigit(t)) {
      return false;
    }
    String left = t;
    String signerPart = null;
    String classPart = null;
    int s = t.indexOf("签发人");
    if (s > 0) {
      left = t.substring(0, s);
      signerPart = t.substring(s);
    }
    for (String label : CLASS_LABELS) {
      int c = left.indexOf(label);
      if (c > 0) {
        classPart = left.substring(c);
        left = left.substring(0, c);
        break;
      }
    }
    DocumentNumber number;
    String extra = null;
    try {
      number = DocumentNumber.parse(TextLine.strip(left));
    } catch (ValueParseException e) {
      // 晋残函〔2024〕7号 急件: the number up to 号, the rest kept as unplaced text.
      int hao = left.indexOf('号');
      if (hao < 0 || TextLine.strip(left.substring(hao + 1)).isEmpty()) {
        return false;
      }
      try {
        number = DocumentNumber.parse(TextLine.strip(left.substring(0, hao + 1)));
      } catch (ValueParseException again) {
        return false;
      }
      extra = left.substring(hao + 1);
      left = left.substring(0, hao + 1);
    }
    documentNumber = number;
    place(ln, LetterPart.DOCUMENT_NUMBER);
    if (!number.isStandardForm()) {
      normalised(ln.number, Kind.DOCUMENT_NUMBER, TextLine.strip(left), number.format());
    }
    if (extra != null) {
      unplace(ln.number, extra);
    }
    if (classPart != null) {
      if (tryClassification(ln, TextLine.strip(classPart), false)) {
        place(ln, LetterPart.CLASSIFICATION);
      } else {
        unplace(ln.number, classPart);
      }
    }
    if (signerPart != null) {
      String rest = afterLabel(ln, signerPart, "签发人");
      if (rest == null || rest.isEmpty()) {
        unplace(ln.number, signerPart);
      } else {
        signer = rest;
        place(ln, LetterPart.SIGNER);
      }
    }
    return true;
  }

  private boolean trySigner(TextLine ln, String t) {
    if (!t.startsWith("签发人") || signer != null) {
      return false;
    }
    String rest = afterLabel(ln, t, "签发人");
    if (rest == null || rest.isEmpty()) {
      return false;
    }
    signer = rest;
    place(ln, LetterPart.SIGNER);
    return true;
  }

  /** The text after {@code label} and a colon (full-width or ASCII, recorded), or null if no colon. */
  private String afterLabel(TextLine ln, String text, String label) {
    String rest = TextLine.strip(text.substring(label.length()));
    if (rest.startsWith("：")) {
      return TextLine.strip(rest.substring(1));
    }
    if (rest.startsWith(":")) {
      String value = TextLine.strip(rest.substring(1));
      if (!value.isEmpty()) {
        normalised(ln.number, Kind.ASCII_PUNCTUATION, label + ":", label + "：");
      }
      return value;
    }
    return null;
  }

  private boolean tryClassification(TextLine ln, String text, boolean wholeLine) {
    String s = TextLine.removeSpaces(text);
    if (s.length() > 12 || s.isEmpty()) {
      return false;
    }
    String label = null;
    for (String l : CLASS_LABELS) {
      if (s.startsWith(l)) {
        label = l;
        break;
      }
    }
    String rest = s;
    boolean variant = false;
    if (label != null) {
      rest = s.substring(label.length());
      if (rest.startsWith("：")) {
        rest = rest.substring(1);
      } else if (rest.startsWith(":")) {
        rest = rest.substring(1);
        variant = true;
      } else {
        variant = true;
      }
      variant |= !label.equals("答复类型") || !text.startsWith(label);
    } else {
      variant = true;
    }
    if (rest.endsWith("类")) {
      rest = rest.substring(0, rest.length() - 1);
      variant = true;
    }
    if (rest.length() != 1) {
      return false;
    }
    char c = rest.charAt(0);
    String code;
    if (c >= 'A' && c <= 'D') {
      code = String.valueOf(c);
    } else if (c >= 'a' && c <= 'd') {
      code = String.valueOf((char) (c - 'a' + 'A'));
      variant = true;
    } else if (c >= 'Ａ' && c <= 'Ｄ') {
      code = String.valueOf((char) (c - 'Ａ' + 'A'));
      normalised(ln.number, Kind.FULL_WIDTH_CHARACTERS, String.valueOf(c), code);
    } else if (c >= 'ａ' && c <= 'ｄ') {
      code = String.valueOf((char) (c - 'ａ' + 'A'));
      normalised(ln.number, Kind.FULL_WIDTH_CHARACTERS, String.valueOf(c), code);
    } else if ("甲乙丙丁".indexOf(c) >= 0) {
      code = String.valueOf(c);
    } else {
      return false;
    }
    if (label == null && !wholeLine) {
      return false;
    }
    if (classificationCode != null && !classificationCode.equals(code)) {
      return false;
    }
    classificationCode = code;
    if (variant) {
      normalised(ln.number, Kind.CLASSIFICATION_FORM, TextLine.strip(text), "答复类型：" + code);
    }
    if (wholeLine) {
      place(ln, LetterPart.CLASSIFICATION);
    }
    return true;
  }

  private static boolean isTitleLike(String t) {
    if (t.length() > 120 || t.contains("收悉") || t.endsWith("：") || t.endsWith(":")) {
      return false;
    }
    boolean starts = t.startsWith("关于") || t.startsWith("对");
    boolean reply = t.contains("答复") || t.contains("复函") || t.endsWith("函") || t.endsWith("意见");
    return starts && reply || t.endsWith("答复函") || t.endsWith("的答复") || t.endsWith("的复函");
  }

  private static boolean isOpeningLike(String t) {
    return t.contains("收悉")
        || t.contains("答复如下")
        || t.contains("函复如下")
        || (t.startsWith("您") || t.startsWith("你") || t.startsWith("贵")) && t.contains("提出的");
  }

  private boolean tryAddressees(TextLine ln) {
    String t = ln.text;
    if (t.length() > 100 || t.contains("收悉") || t.contains("答复如下")) {
      return false;
    }
    String body = t;
    boolean colon = true;
    if (body.endsWith("：")) {
      body = body.substring(0, body.length() - 1);
    } else if (body.endsWith(":")) {
      body = body.substring(0, body.length() - 1);
      normalised(ln.number, Kind.ASCII_PUNCTUATION, ":", "：");
    } else if (body.endsWith("委员") || body.endsWith("代表")) {
      colon = false;
    } else {
      return false;
    }
    body = TextLine.strip(body);
    if (body.startsWith("尊敬的")) {
      body = TextLine.strip(body.substring(3));
    }
    List<String> pieces = splitAny(body, "、，,；;");
    if (pieces.isEmpty()) {
      return false;
    }
    List<Proposer.Builder> builders = new ArrayList<>();
    List<ProposerRole> roles = new ArrayList<>();
    List<TextNormalisation> joint = new ArrayList<>();
    for (String p : pieces) {
      String name = p;
      ProposerRole role = null;
      if (name.endsWith("委员")) {
        role = ProposerRole.MEMBER;
        name = name.substring(0, name.length() - 2);
      } else if (name.endsWith("代表")) {
        role = ProposerRole.DEPUTY;
        name = name.substring(0, name.length() - 2);
      }
      Proposer.Builder b = Proposer.builder();
      int deng = name.indexOf('等');
      if (deng > 0) {
        String after = name.substring(deng + 1);
        if (after.isEmpty()) {
          name = name.substring(0, deng);
          b.sponsorship(Sponsorship.LEAD);
        } else if (isCount(after)) {
          joint.add(TextNormalisation.of(ln.number, Kind.JOINT_PROPOSERS, p, name.substring(0, deng)));
          name = name.substring(0, deng);
          b.sponsorship(Sponsorship.LEAD);
        }
      }
      name = TextLine.strip(name);
      if (name.isEmpty() || name.length() > 20 || containsSpace(name) || COLLECTIVE.contains(name)) {
        return false;
      }
      builders.add(b.name(name));
      roles.add(role);
    }
    ProposerRole next = null;
    for (int k = roles.size() - 1; k >= 0; k--) {
      if (roles.get(k) != null) {
        next = roles.get(k);
      } else {
        roles.set(k, next);
      }
    }
    for (int k = 0; k < builders.size(); k++) {
      if (roles.get(k) != null) {
        builders.get(k).role(roles.get(k));
      }
      addressees.add(builders.get(k).build());
    }
    normalisations.addAll(joint);
    if (!colon) {
      normalised(ln.number, Kind.MISSING_PUNCTUATION, t, t + "：");
    }
    place(ln, LetterPart.ADDRESSEES);
    return true;
  }

  private static boolean isCount(String s) {
    if (s.length() < 2) {
      return false;
    }
    char unit = s.charAt(s.length() - 1);
    if (unit != '位' && unit != '名' && unit != '人') {
      return false;
    }
    return ChineseNumerals.parse(s.substring(0, s.length() - 1)) > 0;
  }

  // ---------------------------------------------------------------- body recognisers

  private boolean trySectionOrdinal(TextLine ln) {
    String t = ln.text;
    int k = 0;
    while (k < t.length() && k < 4 && ChineseNumerals.isChineseNumeralChar(t.charAt(k))) {
      k++;
    }
    if (k == 0 || k >= t.length() || "、．.，,".indexOf(t.charAt(k)) < 0) {
      return false;
    }
    String ordinal = t.substring(0, k);
    if (ChineseNumerals.parse(ordinal) < 1) {
      return false;
    }
    if (t.charAt(k) != '、') {
      normalised(ln.number, Kind.ORDINAL_SEPARATOR, t.substring(0, k + 1), ordinal + "、");
    }
    String rest = TextLine.strip(t.substring(k + 1));
    SectionDraft s = new SectionDraft();
    s.ordinal = ordinal;
    int stop = firstStop(rest);
    if (stop >= 0 && stop < rest.length() - 1) {
      s.heading = rest.substring(0, stop + 1);
      String p = TextLine.strip(rest.substring(stop + 1));
      if (!p.isEmpty()) {
        s.paragraphs.add(p);
      }
    } else if (!rest.isEmpty()) {
      s.heading = rest;
    }
    sections.add(s);
    place(ln, LetterPart.SECTION_HEADING);
    structural = true; // a numbered section is letter-like; an unnumbered heading alone is not
    return true;
  }

  private static int firstStop(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '！' || c == '？') {
        return i;
      }
    }
    return -1;
  }

  private boolean isUnnumberedHeading(String t, int i, List<TextLine> lines) {
    if (t.codePointCount(0, t.length()) > 40 || endsWithPunctuation(t) || i + 1 >= lines.size()) {
      return false;
    }
    for (String phrase : CLOSING_PHRASES) {
      if (t.startsWith(phrase)) {
        return false;
      }
    }
    String next = lines.get(i + 1).text;
    for (String closing : new String[] {"抄送", "联系", "此件", "主管领导", "承办人", "附件", "建议", "补充说明"}) {
      if (next.startsWith(closing)) {
        return false;
      }
    }
    return next.codePointCount(0, next.length()) > 40 || endsWithSentence(next);
  }

  private static boolean endsWithPunctuation(String t) {
    return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static boolean endsWithSentence(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    if ((c == '”' || c == '’' || c == '）' || c == ')' || c == '"') && t.length() > 1) {
      c = t.charAt(t.length() - 2);
    }
    return "。！？；.!?;".indexOf(c) >= 0;
  }

  // ---------------------------------------------------------------- checklist recognisers

  private boolean tryAttachment(TextLine ln) {
    String t = ln.text;
    if (!t.startsWith("附件")) {
      return false;
    }
    String rest = TextLine.strip(t.substring(2));
    if (rest.startsWith("：")) {
      rest = TextLine.strip(rest.substring(1));
    } else if (rest.startsWith(":")) {
      normalised(ln.number, Kind.ASCII_PUNCTUATION, "附件:", "附件：");
      rest = TextLine.strip(rest.substring(1));
    } else if (!rest.isEmpty()) {
      return false;
    }
    if (checklistSeen) {
      return false;
    }
    checklistSeen = true;
    attachmentText = rest;
    attachmentLine = ln.number;
    place(ln, LetterPart.ATTACHMENT);
    return true;
  }

  private boolean trySuggestionHeading(TextLine ln) {
    String t = ln.text;
    if (!t.startsWith("建议") || t.length() > SHORT) {
      return false;
    }
    int k = 2;
    while (k < t.length() && k < 8 && ChineseNumerals.isNumeralChar(t.charAt(k))) {
      k++;
    }
    String ordinal = t.substring(2, k);
    if (!ordinal.isEmpty() && ChineseNumerals.parse(ordinal) < 1) {
      return false;
    }
    String rest = t.substring(k);
    if (!rest.isEmpty()) {
      char sep = rest.charAt(0);
      if ("：:、.．".indexOf(sep) < 0 && !TextLine.isSpace(sep)) {
        return false;
      }
      if (sep == ':' || sep == '.') {
        normalised(ln.number, Kind.ASCII_PUNCTUATION, String.valueOf(sep), sep == ':' ? "：" : "、");
      }
      rest = TextLine.strip(rest.substring(1));
    }
    checklistSeen = true;
    SuggestionDraft s = new SuggestionDraft();
    s.ordinal = ordinal.isEmpty() ? null : ordinal;
    s.heading = t;
    s.headingLine = ln.number;
    if (!rest.isEmpty()) {
      s.title = rest;
    }
    suggestions.add(s);
    place(ln, LetterPart.SUGGESTION);
    return true;
  }

  private boolean tryFieldLabel(TextLine ln, SuggestionDraft s) {
    String t = ln.text;
    Field field = null;
    String rest = null;
    String[][] labels = {
      {"已完成事项", "COMPLETED"}, {"已办结事项", "COMPLETED"}, {"已落实事项", "COMPLETED"},
      {"已开展事项", "IN_PROGRESS"}, {"正在开展事项", "IN_PROGRESS"}, {"开展中事项", "IN_PROGRESS"},
      {"无法落实事项", "NOT_IMPLEMENTABLE"}, {"不能落实事项", "NOT_IMPLEMENTABLE"},
      {"暂无法落实事项", "NOT_IMPLEMENTABLE"}, {"无法落实原因", "REASON"}, {"原因", "REASON"}
    };
    for (String[] l : labels) {
      if (t.startsWith(l[0])) {
        field = Field.valueOf(l[1]);
        rest = TextLine.strip(t.substring(l[0].length()));
        break;
      }
    }
    if (field == null) {
      return false;
    }
    for (String paren : new String[] {"（开展中）", "(开展中)", "（正在开展）", "(正在开展)"}) {
      if (rest.startsWith(paren)) {
        rest = TextLine.strip(rest.substring(paren.length()));
        break;
      }
    }
    if (rest.startsWith("：") || rest.startsWith(":")) {
      rest = TextLine.strip(rest.substring(1));
    } else if (!rest.isEmpty()) {
      return false;
    }
    s.field = field;
    place(ln, LetterPart.DISPOSITION_LABEL);
    if (!rest.isEmpty()) {
      addEntry(s, ln, rest);
    }
    return true;
  }

  private boolean tryNoteLabel(TextLine ln) {
    String t = ln.text;
    String rest;
    if (t.startsWith("补充说明")) {
      rest = TextLine.strip(t.substring(4));
    } else if (t.startsWith("其他需要说明的情况")) {
      rest = TextLine.strip(t.substring(9));
    } else {
      return false;
    }
    for (String paren : new String[] {"（其他需要说明的情况）", "(其他需要说明的情况)"}) {
      if (rest.startsWith(paren)) {
        rest = TextLine.strip(rest.substring(paren.length()));
      }
    }
    if (rest.startsWith("：") || rest.startsWith(":")) {
      rest = TextLine.strip(rest.substring(1));
    } else if (!rest.isEmpty()) {
      return false;
    }
    if (noteSeen) {
      return false;
    }
    noteSeen = true;
    if (!rest.isEmpty()) {
      noteLines.add(rest);
    }
    place(ln, LetterPart.SUPPLEMENTARY_NOTE);
    return true;
  }

  private void finishAttachment() {
    if (attachmentText == null || attachmentText.isEmpty()) {
      return;
    }
    if (checklistTitle == null) {
      checklistTitle = attachmentText;
    } else if (!checklistTitle.equals(attachmentText)) {
      // The attachment line names the checklist differently from its own title: keep both.
      unplace(attachmentLine, attachmentText);
    }
  }

  // ---------------------------------------------------------------- closing recognisers

  private boolean tryCc(TextLine ln) {
    String t = ln.text;
    String label = t.startsWith("抄送单位") ? "抄送单位" : t.startsWith("抄送") ? "抄送" : null;
    if (label == null || ccSeen) {
      return false;
    }
    String rest = afterLabel(ln, t, label);
    if (rest == null) {
      return false;
    }
    ccSeen = true;
    String value = rest;
    if (value.endsWith("。")) {
      value = value.substring(0, value.length() - 1);
    } else if (value.endsWith(".")) {
      value = value.substring(0, value.length() - 1);
      normalised(ln.number, Kind.ASCII_PUNCTUATION, ".", "。");
    } else if (!value.isEmpty()) {
      normalised(ln.number, Kind.MISSING_PUNCTUATION, rest, rest + "。");
    }
    if (value.indexOf(',') >= 0 || value.indexOf(';') >= 0) {
      normalised(ln.number, Kind.ASCII_PUNCTUATION, ",", "，");
    }
    for (String group : splitAny(value, "，,；;")) {
      List<String> recipients = splitAny(group, "、");
      if (!recipients.isEmpty()) {
        cc.add(CcGroup.builder().recipients(recipients).build());
      }
    }
    place(ln, LetterPart.CC);
    return true;
  }

  private boolean tryDisclosure(TextLine ln) {
    String s = TextLine.removeSpaces(ln.text);
    if (s.length() > 30) {
      return false;
    }
    s = stripParens(s);
    for (String prefix : new String[] {"公开属性", "公开方式", "信息公开选项", "公开选项"}) {
      if (s.startsWith(prefix)) {
        s = s.substring(prefix.length());
        if (s.startsWith("：") || s.startsWith(":")) {
          s = s.substring(1);
        }
        break;
      }
    }
    if (s.startsWith("此件") || s.startsWith("本件")) {
      s = s.substring(2);
    }
    if (s.endsWith("。")) {
      s = s.substring(0, s.length() - 1);
    }
    Disclosure d;
    switch (s) {
      case "主动公开":
        d = Disclosure.PUBLIC;
        break;
      case "依申请公开":
        d = Disclosure.ON_REQUEST;
        break;
      case "不予公开":
      case "不公开":
      case "免予公开":
        d = Disclosure.NOT_PUBLIC;
        break;
      default:
        return false;
    }
    if (disclosure != null && disclosure != d) {
      return false;
    }
    disclosure = d;
    place(ln, LetterPart.DISCLOSURE);
    return true;
  }

  private static String stripParens(String s) {
    if (s.length() >= 2) {
      char a = s.charAt(0);
      char b = s.charAt(s.length() - 1);
      if ((a == '（' || a == '(') && (b == '）' || b == ')')) {
        return s.substring(1, s.length() - 1);
      }
    }
    return s;
  }

  private boolean tryDate(TextLine ln) {
    LocalDate d = readDate(ln.text);
    if (d == null || issueDate != null) {
      return false;
    }
    issueDate = d;
    String s = TextLine.removeSpaces(ln.text);
    boolean chinese = false;
    boolean fullWidth = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      chinese |= ChineseNumerals.isChineseNumeralChar(c);
      fullWidth |= Digits.isFullWidth(c);
    }
    String standard = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    if (chinese) {
      normalised(ln.number, Kind.CHINESE_NUMERAL_DATE, ln.text, standard);
    } else if (fullWidth) {
      normalised(ln.number, Kind.FULL_WIDTH_CHARACTERS, ln.text, standard);
    }
    place(ln, LetterPart.ISSUE_DATE);
    return true;
  }

  /** A line that is only a date: 2024年6月3日, 二〇二四年六月三日; null if not. */
  static LocalDate readDate(String text) {
    if (text.length() > 30) {
      return null;
    }
    String s = TextLine.removeSpaces(text);
    int y = s.indexOf('年');
    int m = s.indexOf('月');
    if (y != 4 || m < y + 2 || !s.endsWith("日") || s.length() < m + 3) {
      return null;
    }
    int year = ChineseNumerals.parseYear(s.substring(0, y));
    int month = ChineseNumerals.parse(s.substring(y + 1, m));
    int day = ChineseNumerals.parse(s.substring(m + 1, s.length() - 1));
    if (year < 1000 || month < 1 || day < 1) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Finds the issuing organ: the line above (else below) the date, if it reads like an organ. */
  private static Set<Integer> findOrgan(List<TextLine> lines) {
    Set<Integer> out = new HashSet<>();
    for (int k = 0; k < lines.size(); k++) {
      if (readDate(lines.get(k).text) != null) {
        if (k > 0 && isOrganLike(lines.get(k - 1).text)) {
          out.add(k - 1);
        } else if (k + 1 < lines.size() && isOrganLike(lines.get(k + 1).text)) {
          out.add(k + 1);
        }
        break;
      }
    }
    return out;
  }

  private static boolean isOrganLike(String t) {
    int n = t.codePointCount(0, t.length());
    if (n < 2 || n > 40 || containsDigit(t) || containsSpace(t)) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("。，、；：:;,.！？!?《》“”".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    if (t.startsWith("建议") || t.startsWith("附件") || t.startsWith("抄送") || t.startsWith("补充说明")) {
      return false;
    }
    String s = t;
    for (String seal : new String[] {"（盖章）", "(盖章)", "（印章）"}) {
      if (s.endsWith(seal)) {
        s = s.substring(0, s.length() - seal.length());
      }
    }
    return !s.isEmpty() && ORGAN_ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private static final String[][] CONTACT_LABELS = {
    {"联系人及联系电话", "BOTH"}, {"联系人及电话", "BOTH"}, {"联系人和电话", "BOTH"}, {"联系人电话", "BOTH"},
    {"主管领导", "RESPONSIBLE_LEADER"}, {"分管领导", "RESPONSIBLE_LEADER"}, {"承办人", "HANDLER"},
    {"经办人", "HANDLER"}, {"联系人", "CONTACT"}, {"联系电话", "PHONE"}, {"联系方式", "PHONE"},
    {"电话", "PHONE"}, {"手机", "PHONE"}
  };

  private boolean tryContact(TextLine ln) {
    String t = ln.text;
    String s = stripParens(t);
    boolean ascii = false;
    // Label positions: a label immediately followed (after spaces) by a colon.
    List<int[]> marks = new ArrayList<>(); // {start, labelIndex, valueStart}
    for (int i = 0; i < s.length(); i++) {
      for (int li = 0; li < CONTACT_LABELS.length; li++) {
        String label = CONTACT_LABELS[li][0];
        if (s.startsWith(label, i)) {
          int j = i + label.length();
          while (j < s.length() && TextLine.isSpace(s.charAt(j))) {
            j++;
          }
          if (j < s.length() && (s.charAt(j) == '：' || s.charAt(j) == ':')) {
            ascii |= s.charAt(j) == ':';
            marks.add(new int[] {i, li, j + 1});
            i = j;
            break;
          }
        }
      }
    }
    if (marks.isEmpty() || marks.get(0)[0] != 0) {
      return false;
    }
    List<Contact> found = new ArrayList<>();
    Contact.Builder current = null;
    boolean currentHasPhone = false;
    for (int k = 0; k < marks.size(); k++) {
      int[] m = marks.get(k);
      int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : s.length();
      String value = trimSeparators(s.substring(m[2], end));
      ascii |= value.indexOf(';') >= 0;
      String kind = CONTACT_LABELS[m[1]][1];
      if (kind.equals("PHONE")) {
        if (current == null || currentHasPhone) {
          if (current != null) {
            found.add(current.build());
          }
          current = Contact.builder().role(ContactRole.CONTACT);
        }
        if (!value.isEmpty()) {
          current.phone(value);
        }
        currentHasPhone = true;
        continue;
      }
      if (current != null) {
        found.add(current.build());
      }
      current = Contact.builder();
      currentHasPhone = false;
      String name = value;
      String phone = null;
      if (kind.equals("BOTH")) {
        current.role(ContactRole.CONTACT);
        int cut = firstOf(value, "，,、；; \u3000");
        if (cut < 0) {
          cut = firstDigit(value);
        }
        if (cut >= 0) {
          name = trimSeparators(value.substring(0, cut));
          phone = trimSeparators(value.substring(cut));
        }
      } else {
        current.role(ContactRole.valueOf(kind));
        int d = firstDigit(value);
        if (d > 0) {
          name = trimSeparators(value.substring(0, d));
          phone = trimSeparators(value.substring(d));
        }
      }
      if (!name.isEmpty()) {
        current.name(name);
      }
      if (phone != null && !phone.isEmpty()) {
        current.phone(phone);
        currentHasPhone = true;
      }
    }
    if (current != null) {
      found.add(current.build());
    }
    contacts.addAll(found);
    if (ascii) {
      normalised(ln.number, Kind.ASCII_PUNCTUATION, t, t.replace(':', '：').replace(';', '；'));
    }
    place(ln, LetterPart.CONTACT);
    return true;
  }

  private static String trimSeparators(String s) {
    int a = 0;
    int b = s.length();
    String seps = "，,、；;。.";
    while (a < b && (TextLine.isSpace(s.charAt(a)) || seps.indexOf(s.charAt(a)) >= 0)) {
      a++;
    }
    while (b > a && (TextLine.isSpace(s.charAt(b - 1)) || seps.indexOf(s.charAt(b - 1)) >= 0)) {
      b--;
    }
    return s.substring(a, b);
  }

  // ---------------------------------------------------------------- helpers

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Digits.value(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsDigit(String s) {
    return firstDigit(s) >= 0;
  }

  private static boolean containsSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (TextLine.isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Splits at any of {@code separators} outside brackets: 市政协（含各委，室）stays one piece. */
  private static List<String> splitAny(String s, String separators) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int depth = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i == s.length() ? 0 : s.charAt(i);
      if ("（(《【".indexOf(c) >= 0 && c != 0) {
        depth++;
      } else if ("）)》】".indexOf(c) >= 0 && c != 0 && depth > 0) {
        depth--;
      }
      if (i == s.length() || depth == 0 && separators.indexOf(c) >= 0) {
        String piece = TextLine.strip(s.substring(start, i));
        if (!piece.isEmpty()) {
          out.add(piece);
        }
        start = i + 1;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- building the letter

  private ReplyLetter buildLetter() {
    ReplyLetter.Builder b = ReplyLetter.builder();
    if (documentNumber != null) {
      b.documentNumber(documentNumber);
    }
    if (classificationCode != null) {
      b.classification(ReplyClassification.of(scheme(classificationCode), classificationCode));
    }
    if (title != null) {
      b.title(title);
    }
    ProposalReference ref = proposal();
    if (ref != null) {
      b.proposal(ref);
    }
    b.addressees(addressees);
    if (opening != null) {
      b.opening(opening);
    }
    for (SectionDraft s : sections) {
      Section.Builder sb = Section.builder().paragraphs(s.paragraphs);
      if (s.ordinal != null) {
        sb.ordinal(s.ordinal);
      }
      if (s.heading != null) {
        sb.heading(s.heading);
      }
      b.addSections(sb.build());
    }
    if (checklistSeen) {
      HandlingChecklist.Builder cb = HandlingChecklist.builder();
      if (checklistTitle != null) {
        cb.title(checklistTitle);
      }
      if (checklistOpening != null) {
        cb.opening(checklistOpening);
      }
      for (SuggestionDraft s : suggestions) {
        cb.addSuggestions(suggestion(s));
      }
      b.checklist(cb.build());
    }
    if (!noteLines.isEmpty()) {
      b.supplementaryNote(String.join("\n", noteLines));
    }
    b.cc(cc);
    if (issueDate != null) {
      b.issueDate(issueDate);
    }
    if (organ != null) {
      b.issuingOrgan(organ);
    }
    if (signer != null) {
      b.signer(signer);
    }
    b.contacts(contacts);
    if (disclosure != null) {
      b.disclosure(disclosure);
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
      normalisations.add(
          TextNormalisation.of(s.headingLine, Kind.MISSING_SUGGESTION_TITLE, s.heading, s.heading));
    }
    Disposition.Builder d =
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
      d.addNotImplementable(nb.build());
    }
    for (int k = s.items.size(); k < s.reasons.size(); k++) {
      // A reason with no item to attach to: keep it, as unplaced text.
      TextLine r = s.reasons.get(k);
      List<LetterPart> parts = placed.get(r.number);
      if (parts != null) {
        parts.remove(LetterPart.DISPOSITION_ENTRY);
        if (parts.isEmpty()) {
          placed.remove(r.number);
        }
      }
      unplace(r.number, r.text);
    }
    Suggestion.Builder sb = Suggestion.builder().title(t).disposition(d.build());
    if (s.ordinal != null) {
      sb.ordinal(s.ordinal);
    }
    return sb.build();
  }

  private ProposalReference proposal() {
    ProposalReference ref = null;
    if (title != null) {
      ref = ProposalReferenceReader.read(title).orElse(null);
    }
    if (ref == null && opening != null) {
      ref = ProposalReferenceReader.read(opening).orElse(null);
    }
    if (ref == null) {
      return null;
    }
    String quoted = null;
    int quotedLine = 0;
    for (String source : new String[] {opening, title}) {
      if (source == null || quoted != null) {
        continue;
      }
      quoted = between(source, '《', '》');
      if (quoted == null) {
        quoted = between(source, '“', '”');
        if (quoted == null) {
          quoted = between(source, '"', '"');
        }
        if (quoted != null) {
          quotedLine = lineOf(source);
        }
      }
    }
    if (quoted != null && !quoted.isBlank()) {
      if (quotedLine > 0) {
        normalised(quotedLine, Kind.TITLE_QUOTES, "“" + quoted + "”", "《" + quoted + "》");
      }
      ref = ref.withTitle(quoted);
    }
    return ref;
  }

  private int lineOf(String text) {
    for (Map.Entry<Integer, List<LetterPart>> e : placed.entrySet()) {
      if (e.getValue().contains(LetterPart.OPENING) && text.equals(opening)
          || e.getValue().contains(LetterPart.TITLE) && text.equals(title)) {
        return e.getKey();
      }
    }
    return 1;
  }

  private static String between(String s, char open, char close) {
    int a = s.indexOf(open);
    if (a < 0) {
      return null;
    }
    int b = s.indexOf(close, a + 1);
    return b < 0 ? null : s.substring(a + 1, b);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
