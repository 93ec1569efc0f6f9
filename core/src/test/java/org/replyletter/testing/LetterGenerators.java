package org.replyletter.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.replyletter.CcGroup;
import org.replyletter.Channel;
import org.replyletter.ClassificationScheme;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.Disposition;
import org.replyletter.StatedSubsidy;
import org.replyletter.SubsidyKind;
import org.replyletter.DocumentNumber;
import org.replyletter.DocumentNumber.Normalisation;
import org.replyletter.HandlingChecklist;
import org.replyletter.Money;
import org.replyletter.NotImplementableItem;
import org.replyletter.HandlingRole;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Sponsorship;
import org.replyletter.Suggestion;

/**
 * QuickTheories generators for the reply-letter model, shared by the tests of every module (through
 * core's test-jar). They depend on nothing but QuickTheories and the model.
 *
 * <p>Generated letters vary every part: Chinese text with Chinese and ASCII punctuation, full-width
 * digits, quotes, backslashes, line breaks, characters outside the Basic Multilingual Plane;
 * optional parts present or absent; lists of zero to several elements; document numbers written in
 * standard or wrong forms; every constant of every enum. Every text that the model marks
 * {@code @NotBlank} is generated non-blank, so that generated letters are readable models of real
 * letters; {@link #edgeCaseTexts()} adds blank and odd strings for codecs that must keep any text.
 *
 * <p>The generators are immutable and thread-safe; the values they generate are immutable.
 */
public final class LetterGenerators {
  private LetterGenerators() {}

  /** Common Chinese characters used in letters, so that generated text reads like a letter. */
  private static final String COMMON =
      "关于加强我市孤独症群体支持服务的建议收悉现将办理情况答复如下市残联人社局教育民政慈善"
          + "部门宣传提高社会认知理解度就业培训补贴企业助残联盟特殊学校政协委员代表提案会议届次号";

  /** Punctuation that letters use: Chinese first, then ASCII. */
  private static final String PUNCTUATION = "，。、；：？！“”‘’《》（）【】〔〕…—·「」,.;:?!()[]-/%";

  /** Characters that JSON must escape, or that break naive writers. */
  private static final List<String> ESCAPES =
      List.of("\"", "\\", "/", "\n", "\t", "\r", "\u0001", "\u2028", "\u2029", "\u007f", "\uFEFF");

  /** Characters outside the Basic Multilingual Plane (surrogate pairs in Java strings). */
  private static final List<String> SUPPLEMENTARY = List.of("\uD840\uDC00", "\uD83D\uDE00", "\uD842\uDFB7");

  private static final List<String> ISSUERS =
      List.of("晋残函", "国办发", "津政办函", "泉人社文", "晋政", "闽教", "国发", "京政办发", "中办发", "晋人社函");

  private static final List<String> BODIES =
      List.of("晋江市政协", "泉州市政协", "晋江市人大常委会", "福建省政协", "泉州市人大", "晋江市人民代表大会");

  private static final List<String> NUMERALS =
      List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");

  private static final String[][] BRACKETS = {
    {"〔", "〕"}, {"[", "]"}, {"（", "）"}, {"(", ")"}, {"【", "】"}, {"［", "］"}, {"〖", "〗"}
  };

  private static final List<String> SPACES = List.of(" ", "\u3000", "\t", "\u00A0", "  ");

  // ---------------------------------------------------------------------------------------------
  // Building blocks

  /**
   * Picks one of the given values.
   *
   * @param values the values; not null, not empty
   * @param <T> the value type
   * @return a generator of one of {@code values}
   */
  public static <T> Gen<T> oneOf(List<T> values) {
    return Generate.pick(List.copyOf(values));
  }

  /**
   * Present about two times in three, otherwise empty.
   *
   * @param gen the generator of present values; not null
   * @param <T> the value type
   * @return a generator of optionals, never null
   */
  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    Objects.requireNonNull(gen, "gen");
    Gen<Integer> coin = Generate.range(0, 2);
    return in -> coin.generate(in) == 0 ? Optional.empty() : Optional.of(gen.generate(in));
  }

  /**
   * Lists of {@code 0..max} elements.
   *
   * @param gen the element generator; not null
   * @param max the largest size, 0 or more
   * @param <T> the element type
   * @return a generator of unmodifiable lists, never null
   */
  public static <T> Gen<List<T>> listsOf(Gen<T> gen, int max) {
    Objects.requireNonNull(gen, "gen");
    Gen<Integer> size = Generate.range(0, max);
    return in -> {
      int n = size.generate(in);
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(gen.generate(in));
      }
      return Collections.unmodifiableList(list);
    };
  }

  /**
   * Non-blank text of {@code 1..maxTokens} tokens, starting with a Chinese character: Chinese
   * characters, Chinese and ASCII punctuation, ASCII and full-width digits, Latin letters, and now
   * and then a character JSON must escape or one outside the Basic Multilingual Plane.
   *
   * @param maxTokens the largest number of tokens, 1 or more
   * @return a generator of non-blank strings, never null
   */
  public static Gen<String> texts(int maxTokens) {
    Gen<Integer> length = Generate.range(0, maxTokens - 1);
    // One draw per token (kind and character from the same number): generation stays fast.
    Gen<Integer> token = Generate.range(0, Integer.MAX_VALUE);
    return in -> {
      StringBuilder b = new StringBuilder();
      int n = length.generate(in);
      b.append(COMMON.charAt(token.generate(in) % COMMON.length()));
      for (int i = 0; i < n; i++) {
        int t = token.generate(in);
        int k = t % 100;
        int r = t / 100;
        if (k < 45) {
          b.append(COMMON.charAt(r % COMMON.length()));
        } else if (k < 65) {
          b.append((char) (0x4E00 + r % (0x9FA5 - 0x4E00 + 1)));
        } else if (k < 80) {
          b.append(PUNCTUATION.charAt(r % PUNCTUATION.length()));
        } else if (k < 86) {
          b.append((char) ('0' + r % 10));
        } else if (k < 89) {
          b.append((char) ('\uFF10' + r % 10));
        } else if (k < 93) {
          b.append((char) ('a' + r % 26));
        } else if (k < 95) {
          b.append(' ');
        } else if (k < 98) {
          b.append(ESCAPES.get(r % ESCAPES.size()));
        } else {
          b.append(SUPPLEMENTARY.get(r % SUPPLEMENTARY.size()));
        }
      }
      return b.toString();
    };
  }

  /**
   * Non-blank text of up to 12 tokens: titles, names of organs, headings.
   *
   * @return a generator of non-blank strings, never null
   */
  public static Gen<String> shortTexts() {
    return texts(12);
  }

  /**
   * Non-blank text of up to 60 tokens: paragraphs.
   *
   * @return a generator of non-blank strings, never null
   */
  public static Gen<String> paragraphs() {
    return texts(60);
  }

  /**
   * Strings a codec must keep although a letter would not contain them: the empty string, blanks,
   * control characters, lone escapes, long runs; mixed with ordinary {@link #shortTexts()}.
   *
   * @return a generator of strings (possibly blank), never null
   */
  public static Gen<String> edgeCaseTexts() {
    List<String> odd = new ArrayList<>(ESCAPES);
    odd.addAll(SUPPLEMENTARY);
    odd.addAll(List.of("", " ", "\u3000", "\u0000", "null", "{}", "[]", "\"\"", "A", "～", "a".repeat(300)));
    Gen<String> oddOnes = oneOf(odd);
    Gen<String> normal = shortTexts();
    Gen<Integer> coin = Generate.range(0, 3);
    return in -> coin.generate(in) == 0 ? oddOnes.generate(in) : normal.generate(in);
  }

  /**
   * Personal names of two to four Chinese characters.
   *
   * @return a generator of names, never null
   */
  public static Gen<String> names() {
    Gen<Integer> length = Generate.range(2, 4);
    Gen<Integer> common = Generate.range(0, COMMON.length() - 1);
    Gen<Character> cjk = Generate.characters(0x4E00, 0x9FA5);
    return in -> {
      int n = length.generate(in);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(i % 2 == 0 ? cjk.generate(in) : COMMON.charAt(common.generate(in)));
      }
      return b.toString();
    };
  }

  /**
   * Dates from 1949-10-01 to 2100-12-31.
   *
   * @return a generator of dates, never null
   */
  public static Gen<LocalDate> dates() {
    return Generate.longRange(LocalDate.of(1949, 10, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  // ---------------------------------------------------------------------------------------------
  // Document numbers

  /**
   * Issuer codes (机关代字): real ones, and one to six random characters (Chinese, now and then
   * Latin letters or digits); never blank, no whitespace or brackets.
   *
   * @return a generator of issuer codes, never null
   */
  public static Gen<String> issuerCodes() {
    Gen<String> real = oneOf(ISSUERS);
    Gen<Integer> coin = Generate.range(0, 2);
    Gen<Integer> length = Generate.range(1, 6);
    Gen<Character> cjk = Generate.characters(0x4E00, 0x9FA5);
    Gen<Character> other = oneOf(List.of('A', 'Z', 'x', '0', '9', '第', '号', '字', '〇', '·'));
    Gen<Integer> kind = Generate.range(0, 9);
    return in -> {
      if (coin.generate(in) != 0) {
        return real.generate(in);
      }
      int n = length.generate(in);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(kind.generate(in) < 8 ? cjk.generate(in) : other.generate(in));
      }
      return b.toString();
    };
  }

  /**
   * Years of document numbers: mostly 1949 to 2100, now and then anything from 1000 to 9999.
   *
   * @return a generator of years, never null
   */
  public static Gen<Integer> years() {
    Gen<Integer> usual = Generate.range(1949, 2100);
    Gen<Integer> any = Generate.range(1000, 9999);
    Gen<Integer> coin = Generate.range(0, 4);
    return in -> coin.generate(in) == 0 ? any.generate(in) : usual.generate(in);
  }

  /**
   * Serials of document numbers: mostly 1 to 500, now and then up to {@link Integer#MAX_VALUE}.
   *
   * @return a generator of serials, never null
   */
  public static Gen<Integer> serials() {
    Gen<Integer> usual = Generate.range(1, 500);
    Gen<Integer> any = Generate.range(1, Integer.MAX_VALUE);
    Gen<Integer> coin = Generate.range(0, 4);
    return in -> coin.generate(in) == 0 ? any.generate(in) : usual.generate(in);
  }

  /**
   * Document numbers in standard form, built with {@link DocumentNumber#of(String, int, int)}.
   *
   * @return a generator of document numbers, never null
   */
  public static Gen<DocumentNumber> standardDocumentNumbers() {
    Gen<String> issuer = issuerCodes();
    Gen<Integer> year = years();
    Gen<Integer> serial = serials();
    return in -> DocumentNumber.of(issuer.generate(in), year.generate(in), serial.generate(in));
  }

  /**
   * A document number as written, with the number it denotes and the normalisations that parsing
   * it must record.
   *
   * @param text the text as written; never null
   * @param number the number it denotes, in standard form; never null
   * @param normalisations the corrections parsing must record; unmodifiable, never null
   */
  public record WrittenDocumentNumber(String text, DocumentNumber number, Set<Normalisation> normalisations) {
    /**
     * Creates a written number.
     *
     * @param text the text as written; not null
     * @param number the number it denotes; not null
     * @param normalisations the corrections parsing must record; not null
     */
    public WrittenDocumentNumber {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(number, "number");
      normalisations =
          normalisations.isEmpty()
              ? Collections.emptySet()
              : Collections.unmodifiableSet(EnumSet.copyOf(normalisations));
    }
  }

  /**
   * Document numbers written in any form {@link DocumentNumber#parse(CharSequence)} accepts: the
   * standard form, or any combination of the wrong forms (other brackets, full-width digits,
   * {@code 第}, leading zeros, whitespace anywhere, a missing {@code 号}), each with what parsing
   * must record.
   *
   * @return a generator of written numbers, never null
   */
  public static Gen<WrittenDocumentNumber> writtenDocumentNumbers() {
    Gen<DocumentNumber> standard = standardDocumentNumbers();
    Gen<Integer> bracket = Generate.range(0, BRACKETS.length - 1);
    Gen<Integer> fullWidth = Generate.range(0, 3); // 0 none, 1 year, 2 serial, 3 both
    Gen<Boolean> flag = Generate.booleans();
    Gen<Integer> zeros = Generate.range(0, 3);
    Gen<Integer> spaces = Generate.range(0, 3);
    Gen<String> space = oneOf(SPACES);
    Gen<Integer> wrong = Generate.range(0, 3);
    return in -> {
      DocumentNumber n = standard.generate(in);
      if (wrong.generate(in) == 0) {
        return new WrittenDocumentNumber(n.format(), n, EnumSet.noneOf(Normalisation.class));
      }
      EnumSet<Normalisation> fixes = EnumSet.noneOf(Normalisation.class);
      String[] pair = BRACKETS[bracket.generate(in)];
      if (!pair[0].equals("〔")) {
        fixes.add(Normalisation.BRACKETS);
      }
      int fw = fullWidth.generate(in);
      String year = Integer.toString(n.year());
      if (fw == 1 || fw == 3) {
        year = toFullWidth(year);
        fixes.add(Normalisation.FULL_WIDTH_DIGITS);
      }
      String serial = Integer.toString(n.serial());
      int z = zeros.generate(in);
      if (z > 0) {
        serial = "0".repeat(z) + serial;
        fixes.add(Normalisation.LEADING_ZEROS);
      }
      if (fw == 2 || fw == 3) {
        serial = toFullWidth(serial);
        fixes.add(Normalisation.FULL_WIDTH_DIGITS);
      }
      String ordinal = "";
      if (flag.generate(in)) {
        ordinal = "第";
        fixes.add(Normalisation.ORDINAL_PREFIX);
      }
      String suffix = "号";
      if (flag.generate(in)) {
        suffix = "";
        fixes.add(Normalisation.MISSING_SUFFIX);
      }
      StringBuilder text =
          new StringBuilder(n.issuerCode() + pair[0] + year + pair[1] + ordinal + serial + suffix);
      int s = spaces.generate(in);
      if (s > 0) {
        fixes.add(Normalisation.WHITESPACE);
        for (int i = 0; i < s; i++) {
          int at = Generate.range(0, text.length()).generate(in);
          text.insert(at, space.generate(in));
        }
      }
      return new WrittenDocumentNumber(text.toString(), n, fixes);
    };
  }

  /**
   * Document numbers parsed from {@linkplain #writtenDocumentNumbers() written forms}, about one in
   * four standard and the rest wrong but readable, so that their {@link DocumentNumber#original()}
   * and normalisations vary (equality ignores those).
   *
   * @return a generator of document numbers, never null
   */
  public static Gen<DocumentNumber> documentNumbers() {
    Gen<WrittenDocumentNumber> written = writtenDocumentNumbers();
    return written.map(w -> DocumentNumber.parse(w.text()));
  }

  private static String toFullWidth(String asciiDigits) {
    StringBuilder b = new StringBuilder(asciiDigits.length());
    for (int i = 0; i < asciiDigits.length(); i++) {
      b.append((char) ('\uFF10' + (asciiDigits.charAt(i) - '0')));
    }
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Money

  /**
   * Amounts of money from 0 to 10¹⁵ yuan (far beyond any letter), exact to the fen, written in 元,
   * 万元 or 亿元; about one in four a whole number of yuan.
   *
   * @return a generator of amounts, never null
   */
  public static Gen<Money> money() {
    Gen<Long> fen = Generate.longRange(0, 100_000_000_000_000_000L);
    Gen<Long> smallFen = Generate.longRange(0, 1_000_000L);
    Gen<Integer> kind = Generate.range(0, 3);
    Gen<Money.Unit> unit = Generate.enumValues(Money.Unit.class);
    return in -> {
      int k = kind.generate(in);
      long f = k == 0 ? fen.generate(in) : smallFen.generate(in);
      if (k == 1) {
        f = f / 100 * 100; // whole yuan
      }
      return Money.ofYuan(BigDecimal.valueOf(f, 2)).withUnit(unit.generate(in));
    };
  }

  // ---------------------------------------------------------------------------------------------
  // The model

  /**
   * Reply classifications of every scheme, the scheme sometimes left to its default; the code is
   * usually one of the scheme's and sometimes not (the model keeps any code).
   *
   * @return a generator of classifications, never null
   */
  public static Gen<ReplyClassification> classifications() {
    Gen<ClassificationScheme> scheme = Generate.enumValues(ClassificationScheme.class);
    Gen<Integer> kind = Generate.range(0, 4);
    Gen<String> other = oneOf(List.of("A类", "乙", "D", "Z", "一类", "b"));
    return in -> {
      ClassificationScheme s = scheme.generate(in);
      int k = kind.generate(in);
      if (k == 0) {
        return ReplyClassification.of(s, other.generate(in));
      }
      String code = oneOf(s.codes()).generate(in);
      if (k == 1 && s == ClassificationScheme.THREE_CLASS) {
        return ReplyClassification.of(code);
      }
      return ReplyClassification.of(s, code);
    };
  }

  /** Mostly present (four times in five), as the parts form 1.0 required. */
  private static <T> Gen<Optional<T>> mostlyPresent(Gen<T> gen) {
    Gen<Integer> die = Generate.range(0, 4);
    return in -> die.generate(in) == 0 ? Optional.empty() : Optional.of(gen.generate(in));
  }

  /**
   * Proposal references of both channels; numbers kept as given (zero-padded, long or coded); term
   * and session sometimes absent, now and then large; channel, body and number now and then absent
   * (form 1.1: a reference by title only, a channel the letter does not state).
   *
   * @return a generator of references, never null
   */
  public static Gen<ProposalReference> proposals() {
    Gen<Optional<Channel>> channel = mostlyPresent(Generate.enumValues(Channel.class));
    Gen<Optional<String>> body = mostlyPresent(oneOf(BODIES).mix(shortTexts(), 30));
    Gen<Optional<Integer>> term = optionals(Generate.range(1, 20).mix(Generate.range(1, Integer.MAX_VALUE), 10));
    Gen<Optional<Integer>> session = optionals(Generate.range(1, 7).mix(Generate.range(1, 100_000), 10));
    Gen<Optional<String>> number =
        mostlyPresent(
            oneOf(List.of("3", "020", "0487", "20250688", "1", "第12号", "A-7"))
                .mix(SourceDSL.strings().numericBetween(0, 99_999), 50));
    Gen<Optional<String>> title = optionals(shortTexts());
    return in -> {
      ProposalReference.Builder b =
          ProposalReference.builder().channel(channel.generate(in)).body(body.generate(in));
      term.generate(in).ifPresent(b::term);
      session.generate(in).ifPresent(b::session);
      return b.number(number.generate(in)).title(title.generate(in)).build();
    };
  }

  /**
   * Proposers with role and sponsorship each present or absent.
   *
   * @return a generator of proposers, never null
   */
  public static Gen<Proposer> proposers() {
    Gen<String> name = names();
    Gen<Optional<ProposerRole>> role = optionals(Generate.enumValues(ProposerRole.class));
    Gen<Optional<Sponsorship>> sponsorship = optionals(Generate.enumValues(Sponsorship.class));
    return in ->
        Proposer.builder()
            .name(name.generate(in))
            .role(role.generate(in))
            .sponsorship(sponsorship.generate(in))
            .build();
  }

  /**
   * Body sections with ordinal and heading each present or absent and zero to three paragraphs.
   *
   * @return a generator of sections, never null
   */
  public static Gen<Section> sections() {
    Gen<Optional<String>> ordinal = optionals(oneOf(NUMERALS));
    Gen<Optional<String>> heading = optionals(shortTexts());
    Gen<List<String>> paragraphs = listsOf(paragraphs(), 3);
    return in ->
        Section.builder()
            .ordinal(ordinal.generate(in))
            .heading(heading.generate(in))
            .paragraphs(paragraphs.generate(in))
            .build();
  }

  /**
   * Items that cannot be done, the reason present or absent.
   *
   * @return a generator of items, never null
   */
  public static Gen<NotImplementableItem> notImplementableItems() {
    Gen<String> item = shortTexts();
    Gen<Optional<String>> reason = optionals(paragraphs());
    return in -> NotImplementableItem.builder().item(item.generate(in)).reason(reason.generate(in)).build();
  }

  /**
   * Stated subsidies in any combination the model accepts (consistent or not: consistency is a rule).
   *
   * @return a generator of stated subsidies, never null
   */
  public static Gen<StatedSubsidy> statedSubsidies() {
    Gen<List<SubsidyKind>> kinds = listsOf(Generate.enumValues(SubsidyKind.class), 2);
    Gen<Money> amount = money();
    Gen<Optional<Money>> upTo = optionals(money());
    Gen<Boolean> cap = Generate.booleans();
    Gen<Optional<String>> quote = optionals(paragraphs());
    return in ->
        StatedSubsidy.builder()
            .kinds(kinds.generate(in))
            .amount(amount.generate(in))
            .upTo(upTo.generate(in))
            .isCap(cap.generate(in))
            .quote(quote.generate(in))
            .build();
  }

  /**
   * Dispositions, each of their lists of zero to three elements (so sometimes all empty).
   *
   * @return a generator of dispositions, never null
   */
  public static Gen<Disposition> dispositions() {
    Gen<List<String>> completed = listsOf(paragraphs(), 3);
    Gen<List<String>> inProgress = listsOf(paragraphs(), 3);
    Gen<List<NotImplementableItem>> notImplementable = listsOf(notImplementableItems(), 2);
    Gen<List<StatedSubsidy>> stated = listsOf(statedSubsidies(), 2);
    return in ->
        Disposition.builder()
            .completed(completed.generate(in))
            .inProgress(inProgress.generate(in))
            .notImplementable(notImplementable.generate(in))
            .statedSubsidies(stated.generate(in))
            .build();
  }

  /**
   * Suggestions of a checklist, the disposition sometimes left to its (empty) default.
   *
   * @return a generator of suggestions, never null
   */
  public static Gen<Suggestion> suggestions() {
    Gen<Optional<String>> ordinal = optionals(oneOf(NUMERALS));
    Gen<String> title = shortTexts();
    Gen<Optional<Disposition>> disposition = optionals(dispositions());
    return in -> {
      Suggestion.Builder b = Suggestion.builder().ordinal(ordinal.generate(in)).title(title.generate(in));
      disposition.generate(in).ifPresent(b::disposition);
      return b.build();
    };
  }

  /**
   * Handling checklists of zero to four suggestions.
   *
   * @return a generator of checklists, never null
   */
  public static Gen<HandlingChecklist> checklists() {
    Gen<Optional<String>> title = optionals(shortTexts());
    Gen<Optional<String>> opening = optionals(paragraphs());
    Gen<List<Suggestion>> suggestions = listsOf(suggestions(), 4);
    return in ->
        HandlingChecklist.builder()
            .title(title.generate(in))
            .opening(opening.generate(in))
            .suggestions(suggestions.generate(in))
            .build();
  }

  /**
   * CC groups of zero to four recipients.
   *
   * @return a generator of groups, never null
   */
  public static Gen<CcGroup> ccGroups() {
    Gen<List<String>> recipients = listsOf(shortTexts(), 4);
    return in -> CcGroup.builder().recipients(recipients.generate(in)).build();
  }

  /**
   * Contacts of every role (sometimes left to the default), name and phone each present or absent.
   *
   * @return a generator of contacts, never null
   */
  public static Gen<Contact> contacts() {
    Gen<Optional<ContactRole>> role = optionals(Generate.enumValues(ContactRole.class));
    Gen<Optional<String>> name = optionals(names());
    Gen<Optional<String>> phone =
        optionals(
            oneOf(List.of("0595-85678901", "13800138000", "85678901", "（0595）8567 8901"))
                .mix(SourceDSL.strings().numericBetween(10_000_000, 99_999_999), 50));
    return in -> {
      Contact.Builder b = Contact.builder().name(name.generate(in)).phone(phone.generate(in));
      role.generate(in).ifPresent(b::role);
      return b.build();
    };
  }

  /**
   * Reply letters with every part varied: optional parts present or absent, lists of zero to
   * several elements, every enum constant, document numbers in standard or wrong written forms.
   *
   * @return a generator of letters, never null
   */
  public static Gen<ReplyLetter> letters() {
    return letters(shortTexts(), paragraphs());
  }

  /**
   * Letters like {@link #letters()} whose single-line texts (title, organ, signer, note, opening)
   * also include {@linkplain #edgeCaseTexts() edge cases}: blank strings, control characters, long
   * runs. Such letters are not valid by Bean Validation, but the JSON form must keep them exactly.
   *
   * @return a generator of letters, never null
   */
  public static Gen<ReplyLetter> lettersWithEdgeCaseTexts() {
    return letters(edgeCaseTexts(), edgeCaseTexts());
  }

  private static Gen<ReplyLetter> letters(Gen<String> shortText, Gen<String> longText) {
    Gen<Optional<DocumentNumber>> number = optionals(documentNumbers());
    Gen<Optional<ReplyClassification>> classification = optionals(classifications());
    Gen<Optional<String>> title = optionals(shortText);
    Gen<Optional<String>> organ = optionals(shortText);
    Gen<Optional<ProposalReference>> proposal = optionals(proposals());
    Gen<Integer> die = Generate.range(0, 5);
    Gen<List<ProposalReference>> additional = listsOf(proposals(), 2);
    Gen<Optional<HandlingRole>> role = optionals(Generate.enumValues(HandlingRole.class));
    Gen<List<Proposer>> addressees = listsOf(proposers(), 4);
    Gen<Optional<String>> opening = optionals(longText);
    Gen<List<Section>> sections = listsOf(sections(), 5);
    Gen<Optional<HandlingChecklist>> checklist = optionals(checklists());
    Gen<Optional<String>> note = optionals(oneOf(List.of("无", "暂无")).mix(shortText, 50));
    Gen<List<CcGroup>> cc = listsOf(ccGroups(), 3);
    Gen<Optional<LocalDate>> assignmentDate = optionals(dates());
    Gen<Optional<LocalDate>> issueDate = optionals(dates());
    Gen<Optional<String>> signer = optionals(names().mix(shortText, 20));
    Gen<List<Contact>> contacts = listsOf(contacts(), 3);
    Gen<Optional<Disclosure>> disclosure = optionals(Generate.enumValues(Disclosure.class));
    return in ->
        ReplyLetter.builder()
            .documentNumber(number.generate(in))
            .classification(classification.generate(in))
            .title(title.generate(in))
            .issuingOrgan(organ.generate(in))
            .handlingRole(die.generate(in) == 0 ? role.generate(in) : Optional.empty())
            .proposal(proposal.generate(in))
            .additionalProposals(die.generate(in) == 0 ? additional.generate(in) : List.of())
            .addressees(addressees.generate(in))
            .opening(opening.generate(in))
            .sections(sections.generate(in))
            .checklist(checklist.generate(in))
            .supplementaryNote(note.generate(in))
            .cc(cc.generate(in))
            .assignmentDate(assignmentDate.generate(in))
            .issueDate(issueDate.generate(in))
            .signer(signer.generate(in))
            .contacts(contacts.generate(in))
            .disclosure(disclosure.generate(in))
            .build();
  }
}
