package org.replyletter.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.replyletter.CcGroup;
import org.replyletter.Channel;
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
import org.replyletter.testing.LetterGenerators;
import org.replyletter.internal.ChineseNumerals;

/**
 * Generators of <em>text-representable</em> letters: letters that plain text carries without
 * ambiguity, so that {@code import(render(letter))} must give the letter back. The shared
 * {@link LetterGenerators#letters()} vary texts freely (line breaks, any punctuation, titles
 * unrelated to the proposal), which plain text cannot carry; these generators keep to what a printed
 * letter can say:
 *
 * <ul>
 *   <li>texts are single lines; paragraphs, suggestion titles and checklist entries are sentences
 *       ending in 。 that do not begin like another part (附件, 建议, 抄送, 联系人, a numeral…);
 *       headings are short, without sentence punctuation;
 *   <li>the title is the one printed for the proposal reference ({@code 关于…第N号提案的答复函}), and
 *       the proposal title is quoted in 《》 in the opening; a letter without proposal may still have
 *       a title that names none;
 *   <li>the classification scheme is the one the importer tells from the code (three-class for
 *       A/B/C, four-class for D, 甲乙丙 for 甲/乙/丙);
 *   <li>addressees share one role (or none) and are lead proposers or unmarked (a co-signer has no
 *       printed form);
 *   <li>a section without numeral and heading comes first, and a heading-only section has a
 *       paragraph; an unreasoned item cannot follow a reasoned one (items are all reasoned or none);
 *   <li>the organ is signed only above a date; CC groups are not empty; a contact has a name or a
 *       phone; no assignment date (letters do not print it);
 *   <li>a letter has at least one part other than plain paragraphs, or is empty (text with only
 *       paragraphs is not recognised as a letter).
 * </ul>
 */
final class TextLetterGenerators {
  private TextLetterGenerators() {}

  private static final String START = "我市今为该全近各经";
  private static final String MIDDLE =
      "加强宣传提高社会认知理解度就业培训补贴企业助残联盟特殊学校服务工作推进建设开展组织落实保障资金项目群众儿童家庭关爱活动"
          + "城乡教育医疗养老交通环境安全基层社区文化体育水利农村道路设施管理制度计划财政单位人员";
  private static final List<String> ISSUERS = List.of("晋残函", "泉政协函", "晋人社函", "晋教函", "京政办发");
  private static final List<String> BODIES = List.of("晋江市政协", "泉州市政协", "市政协", "晋江市人大常委会", "泉州市人大");
  private static final List<String> NAMES = List.of("王颖芳", "洪晓清", "李辉", "陈明华", "张伟", "林晓", "吴敏", "蔡志明");
  private static final List<String> ORGANS =
      List.of("晋江市残疾人联合会", "晋江市民政局", "泉州市教育局", "晋江市人力资源和社会保障局");
  private static final List<String> PHONES = List.of("0595-85678901", "13800138000", "85678901", "0595-22581234");
  private static final List<String> RECIPIENTS =
      List.of("市领导陈友爱", "吴尊意", "市政协提案委及相关委（室）", "市政府督查室", "民政局", "慈善总会");
  private static final List<String> NUMBERS = List.of("3", "020", "0487", "20250688", "12");

  /** A sentence of 2..60 characters ending in 。, with ，or ； inside now and then. */
  static Gen<String> sentences() {
    Gen<Integer> length = Generate.range(1, 60);
    Gen<Integer> start = Generate.range(0, START.length() - 1);
    Gen<Integer> middle = Generate.range(0, MIDDLE.length() - 1);
    Gen<Integer> punct = Generate.range(0, 14);
    Gen<Integer> digit = Generate.range(0, 30);
    return in -> {
      StringBuilder b = new StringBuilder().append(START.charAt(start.generate(in)));
      int n = length.generate(in);
      for (int i = 0; i < n; i++) {
        int p = punct.generate(in);
        int d = digit.generate(in);
        if (p == 0 && i > 0 && i < n - 1) {
          b.append('，');
        } else if (p == 1 && i > 0 && i < n - 1) {
          b.append('；');
        } else if (d < 2) {
          b.append((char) ('0' + d * 7));
        } else {
          b.append(MIDDLE.charAt(middle.generate(in)));
        }
      }
      return b.append('。').toString();
    };
  }

  /** A heading: 2..15 characters, no sentence punctuation. */
  static Gen<String> headings() {
    Gen<Integer> length = Generate.range(1, 14);
    Gen<Integer> start = Generate.range(0, START.length() - 1);
    Gen<Integer> middle = Generate.range(0, MIDDLE.length() - 1);
    return in -> {
      StringBuilder b = new StringBuilder().append(START.charAt(start.generate(in)));
      int n = length.generate(in);
      for (int i = 0; i < n; i++) {
        b.append(MIDDLE.charAt(middle.generate(in)));
      }
      return b.toString();
    };
  }

  private static Gen<String> numerals() {
    return Generate.range(1, 12).map(ChineseNumerals::format);
  }

  private static Gen<Boolean> coin() {
    return Generate.booleans();
  }

  static Gen<ReplyLetter> letters() {
    Gen<Boolean> coin = coin();
    Gen<Integer> dice = Generate.range(0, 5);
    Gen<String> issuer = LetterGenerators.oneOf(ISSUERS);
    Gen<Integer> year = Generate.range(1990, 2030);
    Gen<Integer> serial = Generate.range(1, 300);
    Gen<String> name = LetterGenerators.oneOf(NAMES);
    Gen<ClassificationScheme> scheme = Generate.enumValues(ClassificationScheme.class);
    Gen<Channel> channel = Generate.enumValues(Channel.class);
    Gen<String> body = LetterGenerators.oneOf(BODIES);
    Gen<Integer> term = Generate.range(1, 20);
    Gen<Integer> session = Generate.range(1, 7);
    Gen<String> number = LetterGenerators.oneOf(NUMBERS);
    Gen<String> sentence = sentences();
    Gen<String> heading = headings();
    Gen<String> numeral = numerals();
    Gen<Integer> count = Generate.range(0, 3);
    Gen<LocalDate> date = LetterGenerators.dates();
    Gen<String> organ = LetterGenerators.oneOf(ORGANS);
    Gen<String> phone = LetterGenerators.oneOf(PHONES);
    Gen<ContactRole> contactRole = Generate.enumValues(ContactRole.class);
    Gen<Disclosure> disclosure = Generate.enumValues(Disclosure.class);
    Gen<String> recipient = LetterGenerators.oneOf(RECIPIENTS);
    Gen<ProposerRole> role = Generate.enumValues(ProposerRole.class);
    return in -> {
      ReplyLetter.Builder b = ReplyLetter.builder();
      boolean structural = false;
      if (coin.generate(in)) {
        b.documentNumber(DocumentNumber.of(issuer.generate(in), year.generate(in), serial.generate(in)));
        structural = true;
      }
      if (coin.generate(in)) {
        b.signer(name.generate(in));
        structural = true;
      }
      if (coin.generate(in)) {
        ClassificationScheme s = scheme.generate(in);
        List<String> codes = new ArrayList<>(s.codes());
        if (s == ClassificationScheme.FOUR_CLASS) {
          codes = List.of("D");
        } else if (s == ClassificationScheme.THREE_CLASS) {
          codes = List.of("A", "B", "C");
        }
        b.classification(ReplyClassification.of(s, LetterGenerators.oneOf(codes).generate(in)));
        structural = true;
      }
      // Title and proposal.
      Optional<String> proposalTitle = Optional.empty();
      int t = dice.generate(in);
      if (t <= 2) {
        Channel c = channel.generate(in);
        String organBody = body.generate(in);
        StringBuilder title = new StringBuilder("关于").append(organBody);
        ProposalReference ref =
            ProposalReference.builder().channel(c).body(organBody).number(number.generate(in)).build();
        boolean chinese = coin.generate(in);
        if (coin.generate(in)) {
          int v = term.generate(in);
          ref = ref.withTerm(v);
          title.append(chinese ? ChineseNumerals.format(v) : String.valueOf(v)).append('届');
        }
        if (coin.generate(in)) {
          int v = session.generate(in);
          ref = ref.withSession(v);
          title.append(coin.generate(in) ? "第" : "")
              .append(chinese ? ChineseNumerals.format(v) : String.valueOf(v))
              .append(coin.generate(in) ? "次会议" : "次");
        }
        title.append('第').append(ref.number().orElseThrow()).append('号').append(c.label()).append("的答复函");
        if (coin.generate(in)) {
          proposalTitle = Optional.of("关于" + heading.generate(in) + "的" + c.label());
          ref = ref.withTitle(proposalTitle.get());
        }
        b.proposal(ref).title(title.toString());
        structural = true;
      } else if (t == 3) {
        b.title("关于" + heading.generate(in) + "的答复");
        structural = true;
      }
      // Addressees.
      int n = count.generate(in);
      Optional<ProposerRole> shared = coin.generate(in) ? Optional.of(role.generate(in)) : Optional.empty();
      List<String> names = new ArrayList<>(NAMES);
      for (int i = 0; i < n; i++) {
        String who = names.remove((int) Generate.range(0, names.size() - 1).generate(in));
        Proposer.Builder p = Proposer.builder().name(who).role(shared);
        if (dice.generate(in) == 0) {
          p.sponsorship(Sponsorship.LEAD);
        }
        b.addAddressees(p.build());
        structural = true;
      }
      // Opening.
      if (proposalTitle.isPresent()) {
        b.opening("您提出的《" + proposalTitle.get() + "》收悉，现将办理情况答复如下：");
        structural = true;
      } else if (coin.generate(in)) {
        b.opening("您提出的提案收悉，现将办理情况答复如下：");
        structural = true;
      }
      // Sections.
      int sections = Generate.range(0, 4).generate(in);
      for (int i = 0; i < sections; i++) {
        Section.Builder s = Section.builder();
        int kind = dice.generate(in); // 0..1 numbered with heading, 2 numeral only, 3 heading only, 4..5 plain
        int paragraphs = count.generate(in);
        if (kind <= 1) {
          s.ordinal(numeral.generate(in)).heading(heading.generate(in));
          structural = true;
        } else if (kind == 2) {
          s.ordinal(numeral.generate(in));
          structural = true;
        } else if (kind == 3 || i > 0) {
          s.heading(heading.generate(in));
          paragraphs = Math.max(1, paragraphs);
        } else {
          paragraphs = Math.max(1, paragraphs);
        }
        for (int k = 0; k < paragraphs; k++) {
          s.addParagraphs(sentence.generate(in));
        }
        b.addSections(s.build());
      }
      // Checklist.
      if (dice.generate(in) <= 1) {
        HandlingChecklist.Builder c = HandlingChecklist.builder();
        if (coin.generate(in)) {
          c.title(coin.generate(in) ? "关于第3号提案答复意见办理清单" : "办理清单");
        }
        if (coin.generate(in)) {
          c.opening("您们提出的《关于" + heading.generate(in) + "的建议》收悉，现将办理情况答复如下：");
        }
        int suggestions = count.generate(in);
        for (int i = 0; i < suggestions; i++) {
          Suggestion.Builder s = Suggestion.builder().title(sentence.generate(in));
          if (dice.generate(in) != 0) {
            s.ordinal(coin.generate(in) ? ChineseNumerals.format(i + 1) : String.valueOf(i + 1));
          }
          Disposition.Builder d = Disposition.builder();
          for (int k = count.generate(in); k > 0; k--) {
            d.addCompleted(sentence.generate(in));
          }
          for (int k = count.generate(in); k > 0; k--) {
            d.addInProgress(sentence.generate(in));
          }
          boolean reasons = coin.generate(in);
          for (int k = Generate.range(0, 2).generate(in); k > 0; k--) {
            NotImplementableItem.Builder item = NotImplementableItem.builder().item(sentence.generate(in));
            if (reasons) {
              item.reason(sentence.generate(in));
            }
            d.addNotImplementable(item.build());
          }
          c.addSuggestions(s.disposition(d.build()).build());
        }
        b.checklist(c.build());
        structural = true;
      }
      if (dice.generate(in) <= 1) {
        b.supplementaryNote(coin.generate(in) ? "无" : sentence.generate(in));
        structural = true;
      }
      if (coin.generate(in)) {
        b.issueDate(date.generate(in));
        if (coin.generate(in)) {
          b.issuingOrgan(organ.generate(in));
        }
        structural = true;
      }
      for (int k = count.generate(in); k > 0; k--) {
        Contact.Builder c = Contact.builder().role(contactRole.generate(in));
        int which = Generate.range(0, 2).generate(in);
        if (which != 1) {
          c.name(name.generate(in));
        }
        if (which != 0) {
          c.phone(phone.generate(in));
        }
        b.addContacts(c.build());
        structural = true;
      }
      if (coin.generate(in)) {
        b.disclosure(disclosure.generate(in));
        structural = true;
      }
      for (int k = count.generate(in); k > 0; k--) {
        List<String> group = new ArrayList<>();
        for (int r = Generate.range(1, 3).generate(in); r > 0; r--) {
          group.add(recipient.generate(in));
        }
        b.addCc(CcGroup.builder().recipients(group).build());
        structural = true;
      }
      if (!structural && sections > 0) {
        b.opening("您提出的提案收悉，现将办理情况答复如下：");
      }
      return b.build();
    };
  }
}
