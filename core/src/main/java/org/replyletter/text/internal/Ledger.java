package org.replyletter.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.replyletter.text.ImportReport;
import org.replyletter.text.LetterPart;
import org.replyletter.text.PlacedLine;
import org.replyletter.text.TextNormalisation;
import org.replyletter.text.TextNormalisation.Kind;
import org.replyletter.text.UnplacedLine;

/**
 * Where every line went: the parts each line was placed in, the text left unplaced, and the
 * normalisations made on the way. It becomes the {@link ImportReport}. Not thread-safe.
 */
final class Ledger {
  private final Map<Integer, List<LetterPart>> placed = new TreeMap<>();
  private final List<UnplacedLine> unplaced = new ArrayList<>();
  private final List<TextNormalisation> normalisations = new ArrayList<>();
  private long unplacedChars;
  private boolean structural;

  /** Records that {@code ln} holds (part of) {@code part}. */
  void place(TextLine ln, LetterPart part) {
    List<LetterPart> parts = placed.computeIfAbsent(ln.number, k -> new ArrayList<>(1));
    if (!parts.contains(part)) {
      parts.add(part);
    }
    if (part != LetterPart.PARAGRAPH && part != LetterPart.SECTION_HEADING) {
      structural = true;
    }
  }

  /** Takes {@code part} off line {@code line} again (a reader changed its mind). */
  void unplacePart(int line, LetterPart part) {
    List<LetterPart> parts = placed.get(line);
    if (parts != null) {
      parts.remove(part);
      if (parts.isEmpty()) {
        placed.remove(line);
      }
    }
  }

  /** Records text of line {@code line} that went into no part of the letter. */
  void unplace(int line, String text) {
    String t = TextLine.strip(text);
    if (!t.isEmpty()) {
      unplaced.add(UnplacedLine.of(line, t));
      unplacedChars += t.codePointCount(0, t.length());
    }
  }

  void normalised(int line, Kind kind, String original, String result) {
    normalisations.add(TextNormalisation.of(line, kind, original, result));
  }

  void add(TextNormalisation n) {
    normalisations.add(n);
  }

  /** Marks the text as letter-like (a numbered section heading places no structural part). */
  void structural() {
    structural = true;
  }

  boolean isStructural() {
    return structural;
  }

  /** Forgets everything but a byte-order mark and lists every line as unplaced. */
  void unplaceAll(List<TextLine> lines) {
    placed.clear();
    unplaced.clear();
    normalisations.removeIf(n -> n.kind() != Kind.BYTE_ORDER_MARK);
    unplacedChars = 0;
    for (TextLine ln : lines) {
      unplace(ln.number, ln.text);
    }
  }

  ImportReport report(int lineCount, long total) {
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
}
