package org.replyletter.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.Sponsorship;
import org.replyletter.internal.ChineseNumerals;
import org.replyletter.text.LetterPart;
import org.replyletter.text.TextNormalisation;
import org.replyletter.text.TextNormalisation.Kind;

/**
 * The salutation zone: the addressee line (主送: names, roles 委员/代表, a lead proposer with 等 or
 * 等N位), a salutation that names nobody (各位委员：) and the opening sentence (…收悉，现答复如下).
 */
final class SalutationReader {
  /** Collective forms of address, not names: {@code 各位委员：} is not placed as a proposer. */
  private static final Set<String> COLLECTIVE = Set.of("各位", "诸位", "全体", "各");

  private final LetterDraft d;
  private final Ledger ledger;

  SalutationReader(LetterDraft draft, Ledger ledger) {
    this.d = draft;
    this.ledger = ledger;
  }

  /** An addressee line, if none was read yet and no opening came before. */
  boolean readAddressees(TextLine ln) {
    return d.addressees.isEmpty() && d.opening == null && addressees(ln);
  }

  /**
   * The opening, or a salutation that names nobody (left unplaced); {@link Zone#BODY} after the
   * opening, {@link Zone#HEADER} after a nameless salutation, null if {@code ln} is neither.
   */
  Zone readOpening(TextLine ln) {
    String t = ln.text;
    if (d.opening == null && isOpeningLike(t)) {
      d.opening = t;
      d.openingLine = ln.number;
      ledger.place(ln, LetterPart.OPENING);
      return Zone.BODY;
    }
    if (d.opening == null && t.length() <= 30 && (t.endsWith("：") || t.endsWith(":"))) {
      // A salutation that names nobody (各位委员：): not body text, and not a proposer.
      ledger.unplace(ln.number, t);
      return Zone.HEADER;
    }
    return null;
  }

  static boolean isOpeningLike(String t) {
    return t.contains("收悉")
        || t.contains("答复如下")
        || t.contains("函复如下")
        || (t.startsWith("您") || t.startsWith("你") || t.startsWith("贵")) && t.contains("提出的");
  }

  private boolean addressees(TextLine ln) {
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
      ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, ":", "：");
    } else if (body.endsWith("委员") || body.endsWith("代表")) {
      colon = false;
    } else {
      return false;
    }
    body = TextLine.strip(body);
    if (body.startsWith("尊敬的")) {
      body = TextLine.strip(body.substring(3));
    }
    List<String> pieces = TextScan.splitAny(body, "、，,；;");
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
      if (name.isEmpty() || name.length() > 20 || TextScan.containsSpace(name) || COLLECTIVE.contains(name)) {
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
      d.addressees.add(builders.get(k).build());
    }
    joint.forEach(ledger::add);
    if (!colon) {
      ledger.normalised(ln.number, Kind.MISSING_PUNCTUATION, t, t + "：");
    }
    ledger.place(ln, LetterPart.ADDRESSEES);
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
}
