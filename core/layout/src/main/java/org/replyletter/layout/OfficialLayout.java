package org.replyletter.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.text.LetterRenderer;
import org.replyletter.text.RenderFormat;

/**
 * A reply letter laid out in the order of GB/T 9704-2012, as {@linkplain Block blocks}: the reply
 * type's mark and the document number (版头); the title, the addressees (主送), the opening and the
 * body; the 附件说明 when there is a checklist; the supplementary note when there is no checklist;
 * the issuing organ over the date and the 附注 (contacts, disclosure); then, on a new page, the
 * attachment: the {@code 附件} mark, the checklist's title and opening, the checklist table and the
 * supplementary note; last the 版记 with {@code 抄送}. Absent parts are left out.
 *
 * <p>Each block's text is the line {@link LetterRenderer} prints for that part in
 * {@link RenderFormat#TEXT} (parts such as addressees, contacts and CC are formatted by the text
 * renderer itself), and a text of several lines becomes one block per non-blank line. So the
 * blocks read in {@linkplain LaidOutText reading order} are the rendered text, and a format that
 * keeps each block's text gives back, on import, what the rendered text gives.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OfficialLayout {
  /** The label of the supplementary note, as the text renderer prints it. */
  public static final String NOTE_LABEL = "补充说明（其他需要说明的情况）";

  /** The attachment's mark at the top of its page. */
  public static final String ATTACHMENT_MARK = "附件";

  private static final LetterRenderer TEXT = LetterRenderer.of(RenderFormat.TEXT);

  private final List<Block> blocks;

  private OfficialLayout(List<Block> blocks) {
    this.blocks = blocks;
  }

  /**
   * Lays out a letter.
   *
   * @param letter the letter; not null
   * @return the layout
   * @throws NullPointerException if {@code letter} is null
   */
  public static OfficialLayout of(ReplyLetter letter) {
    Objects.requireNonNull(letter, "letter");
    List<Block> b = new ArrayList<>();
    letter.classification()
        .ifPresent(c -> add(b, BlockKind.CLASSIFICATION_MARK, part(ReplyLetter.builder().classification(c))));
    if (letter.documentNumber().isPresent() || letter.signer().isPresent()) {
      ReplyLetter.Builder head = ReplyLetter.builder();
      letter.documentNumber().ifPresent(head::documentNumber);
      letter.signer().ifPresent(head::signer);
      add(b, BlockKind.DOCUMENT_NUMBER, part(head));
    }
    letter.title().ifPresent(t -> add(b, BlockKind.TITLE, t));
    if (!letter.addressees().isEmpty()) {
      add(b, BlockKind.ADDRESSEES, part(ReplyLetter.builder().addAllAddressees(letter.addressees())));
    }
    letter.opening().ifPresent(o -> add(b, BlockKind.OPENING, o));
    for (Section s : letter.sections()) {
      String heading = s.ordinal().map(o -> o + "、").orElse("") + s.heading().orElse("");
      if (!heading.isEmpty()) {
        add(b, BlockKind.HEADING, heading);
      }
      for (String p : s.paragraphs()) {
        add(b, BlockKind.PARAGRAPH, p);
      }
    }
    letter.checklist().ifPresent(c -> add(b, BlockKind.ATTACHMENT_NOTE, "附件：" + c.title().orElse("")));
    if (letter.checklist().isEmpty()) {
      note(b, letter);
    }
    String organ = letter.issuingOrgan().map(OfficialLayout::oneLine).orElse(null);
    String date = letter.issueDate().map(d -> part(ReplyLetter.builder().issueDate(d))).orElse(null);
    if (organ != null) {
      // 署名 centred over the date: the date ends four characters from the right.
      double indent = 4;
      if (date != null) {
        indent = Math.max(0, 4 + (date.codePointCount(0, date.length()) - organ.codePointCount(0, organ.length())) / 2.0);
      }
      b.add(Block.of(BlockKind.ISSUING_ORGAN, organ, indent));
    }
    if (date != null) {
      add(b, BlockKind.ISSUE_DATE, date);
    }
    if (!letter.contacts().isEmpty()) {
      // All contacts at once: how the text renderer labels one depends on the one before it.
      add(b, BlockKind.CONTACT, part(ReplyLetter.builder().addAllContacts(letter.contacts())));
    }
    letter.disclosure().ifPresent(d -> add(b, BlockKind.DISCLOSURE, part(ReplyLetter.builder().disclosure(d))));
    letter.checklist()
        .ifPresent(
            c -> {
              add(b, BlockKind.ATTACHMENT_MARK, ATTACHMENT_MARK);
              c.title().ifPresent(t -> add(b, BlockKind.CHECKLIST_TITLE, t));
              c.opening().ifPresent(o -> add(b, BlockKind.CHECKLIST_OPENING, o));
              b.add(Block.of(ChecklistTable.of(c)));
              note(b, letter);
            });
    if (!letter.cc().isEmpty()) {
      add(b, BlockKind.CC, part(ReplyLetter.builder().addAllCc(letter.cc())));
    }
    return new OfficialLayout(spaced(b));
  }

  /**
   * Sets the standard's blank lines as space before the first block of a part: 标题 two lines
   * under the 版头, 主送 one line under the title, the 附件说明 one line under the body, the
   * signature two lines under the text (room for the seal), the checklist's title, opening and
   * note one line apart.
   */
  private static List<Block> spaced(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    BlockKind previous = null;
    for (Block b : blocks) {
      int lines = 0;
      if (previous != null && b.kind() != previous) {
        switch (b.kind()) {
          case TITLE:
            lines = previous == BlockKind.CLASSIFICATION_MARK || previous == BlockKind.DOCUMENT_NUMBER ? 2 : 0;
            break;
          case ISSUING_ORGAN:
            lines = 2;
            break;
          case ISSUE_DATE:
            lines = previous == BlockKind.ISSUING_ORGAN ? 0 : 2;
            break;
          case ADDRESSEES:
          case ATTACHMENT_NOTE:
          case CHECKLIST_TITLE:
          case CHECKLIST_OPENING:
          case NOTE_LABEL:
            lines = 1;
            break;
          default:
            lines = 0;
        }
      }
      out.add(lines == 0 ? b : b.withLinesBefore(lines));
      previous = b.kind();
    }
    return List.copyOf(out);
  }

  private static void note(List<Block> b, ReplyLetter letter) {
    letter.supplementaryNote()
        .ifPresent(
            n -> {
              b.add(Block.of(BlockKind.NOTE_LABEL, NOTE_LABEL));
              add(b, BlockKind.NOTE, n);
            });
  }

  /** The text renderer's lines for a letter holding one part only. */
  private static String part(ReplyLetter.Builder onePart) {
    return TEXT.render(onePart.build()).strip();
  }

  private static String oneLine(String s) {
    return String.join("", lines(s));
  }

  /** Adds one block per non-blank line of the text. */
  private static void add(List<Block> b, BlockKind kind, String text) {
    for (String line : lines(text)) {
      b.add(Block.of(kind, line));
    }
  }

  /** The non-blank lines of a text, as the text renderer prints them (line ends \n, \r\n, \r). */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * Returns the blocks in the order of the standard.
   *
   * @return the blocks, unmodifiable
   */
  public List<Block> blocks() {
    return blocks;
  }

  @Override
  public String toString() {
    return "OfficialLayout" + blocks;
  }
}
