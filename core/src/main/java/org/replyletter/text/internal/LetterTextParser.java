package org.replyletter.text.internal;

import java.util.List;
import java.util.Optional;
import org.replyletter.ClassificationScheme;
import org.replyletter.ReplyLetter;
import org.replyletter.text.ImportResult;
import org.replyletter.text.TextNormalisation.Kind;

/**
 * The importer's pipeline. The text is split into non-blank lines and read top to bottom through
 * zones, each with its own reader:
 *
 * <ol>
 *   <li>{@link HeaderReader}: 文号 line, reply type, 签发人, title;
 *   <li>{@link SalutationReader}: addressees and the opening sentence;
 *   <li>{@link BodyReader}: sections and paragraphs;
 *   <li>{@link ChecklistReader}: 附件, the checklist's suggestions and the supplementary note;
 *   <li>{@link ClosingReader}: issuing organ, date, contacts, disclosure, 抄送.
 * </ol>
 *
 * <p>Each reader fills its part of one {@link LetterDraft} and records in one {@link Ledger} where
 * each line went; every line ends placed or unplaced. {@link LetterAssembler} then builds the
 * letter. Recognisers of structural lines only look at lines of at most {@value #SHORT}
 * characters, and all scanning is hand-written or uses regex-free string search, so the time is
 * linear in the input. Not thread-safe: one instance per import.
 */
public final class LetterTextParser {
  /** The longest line a recogniser of structural lines (labels, dates, headings) looks at. */
  static final int SHORT = 200;

  private final Optional<ClassificationScheme> schemeOption;
  private final LetterDraft draft = new LetterDraft();
  private final Ledger ledger = new Ledger();

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
      ledger.normalised(1, Kind.BYTE_ORDER_MARK, "\uFEFF", "");
    }
    List<TextLine> lines = TextLine.split(text);
    Readers readers = new Readers(lines);
    Zone zone = Zone.HEADER;
    for (int i = 0; i < lines.size(); i += readers.consumed) {
      readers.consumed = 1;
      zone = readers.read(lines.get(i), i, lines, zone);
    }
    readers.checklist.finish();
    long total = 0;
    for (TextLine ln : lines) {
      total += ln.length();
    }
    if (!ledger.isStructural()) {
      // Nothing letter-like: do not pretend that arbitrary text is a letter.
      ledger.unplaceAll(lines);
      return ImportResult.of(ReplyLetter.builder().build(), ledger.report(lines.size(), total));
    }
    ReplyLetter letter = new LetterAssembler(draft, ledger, schemeOption).letter();
    return ImportResult.of(letter, ledger.report(lines.size(), total));
  }

  /** The zone readers over one draft, and the dispatch of each line to them. */
  private final class Readers {
    final HeaderReader header = new HeaderReader(draft, ledger);
    final SalutationReader salutation = new SalutationReader(draft, ledger);
    final BodyReader body = new BodyReader(draft, ledger);
    final ChecklistReader checklist = new ChecklistReader(draft, ledger);
    final ClosingReader closing;
    /** How many lines the last call read (a title over two lines reads two). */
    int consumed = 1;

    Readers(List<TextLine> lines) {
      closing = new ClosingReader(draft, ledger, lines);
    }

    /** Reads line {@code i} in {@code zone}; returns the zone for the next line. */
    Zone read(TextLine ln, int i, List<TextLine> lines, Zone zone) {
      boolean isShort = ln.text.length() <= SHORT;
      if (isShort) {
        // Closing lines (organ, date, contacts, disclosure, 抄送) are recognised anywhere.
        if (closing.read(ln, i)) {
          return zone == Zone.HEADER ? zone : Zone.CLOSING;
        }
        boolean inChecklist = zone == Zone.CHECKLIST || zone == Zone.CHECKLIST_HEAD;
        if (header.readLabelled(ln, inChecklist)) {
          return zone;
        }
      }
      switch (zone) {
        case HEADER:
          return headerOrSalutation(ln, i, lines, isShort);
        case BODY:
          return body(ln, i, lines);
        case CHECKLIST_HEAD:
          return checklist.readHead(ln);
        case CHECKLIST:
          return checklist.readSuggestionLine(ln);
        case NOTE:
          return checklist.readNote(ln);
        case CLOSING:
        default:
          Zone started = checklist.start(ln);
          if (started != null) {
            return started;
          }
          closing.unplaced(ln);
          return Zone.CLOSING;
      }
    }

    private Zone headerOrSalutation(TextLine ln, int i, List<TextLine> lines, boolean isShort) {
      if (isShort) {
        Zone started = checklist.start(ln);
        if (started != null) {
          return started;
        }
        int n = header.read(ln, i, lines);
        if (n > 0) {
          consumed = n;
          return Zone.HEADER;
        }
      }
      // Also on a long line: a flattened letter starts with its addressees (colon within 60 characters).
      String rest = salutation.readAddressees(ln);
      if (rest != null) {
        if (rest.isEmpty()) {
          return Zone.HEADER;
        }
        Zone next = salutation.readOpening(new TextLine(ln.number, rest), body);
        if (next == null) {
          body.readRunOn(ln, rest);
        }
        return Zone.BODY;
      }
      if (isShort && salutation.readGreeting(ln)) {
        return Zone.HEADER;
      }
      Zone next = salutation.readOpening(ln, body);
      return next != null ? next : body(ln, i, lines);
    }

    private Zone body(TextLine ln, int i, List<TextLine> lines) {
      Zone started = checklist.start(ln);
      if (started != null) {
        return started;
      }
      body.read(ln, i, lines);
      return Zone.BODY;
    }
  }
}
