package org.replyletter.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.replyletter.CcGroup;
import org.replyletter.Channel;
import org.replyletter.Contact;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/** Rules on the people and organs a letter names: addressees, contacts and the CC list. */
final class PartyRules {
  private PartyRules() {}

  /** The role that fits a channel: 委员 for a CPPCC proposal, 代表 for an NPC suggestion. */
  static ProposerRole roleFor(Channel channel) {
    return channel == Channel.NPC_SUGGESTION ? ProposerRole.DEPUTY : ProposerRole.MEMBER;
  }

  /** Each addressee's stated role fits the channel of the proposal. */
  static final class RoleFitsChannel extends BuiltInRule {
    RoleFitsChannel() {
      super(Code.ADR_ROLE_CHANNEL);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      // The channel as the letter states it; where it does not, no role can be wrong.
      if (letter.proposal().isEmpty() || letter.proposal().get().channel().isEmpty()) {
        return;
      }
      Channel channel = letter.proposal().get().channel().get();
      ProposerRole want = roleFor(channel);
      List<Proposer> all = letter.addressees();
      for (int i = 0; i < all.size(); i++) {
        Proposer p = all.get(i);
        if (p.role().isPresent() && p.role().get() != want) {
          out.add(
              Code.ADR_ROLE_CHANNEL.at(
                  "/addressees/" + i + "/role", p.name(), p.role().get().label(), want.label(), channel.label()));
        }
      }
    }
  }

  /** Each addressee has a role (the letter addresses proposers as 委员 or 代表). */
  static final class RolePresent extends BuiltInRule {
    RolePresent() {
      super(Code.ADR_ROLE_MISSING);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      List<Proposer> all = letter.addressees();
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).role().isEmpty()) {
          out.add(Code.ADR_ROLE_MISSING.at("/addressees/" + i + "/role", all.get(i).name()));
        }
      }
    }
  }

  /** Each contact has a name. */
  static final class ContactName extends BuiltInRule {
    ContactName() {
      super(Code.CON_NAME_MISSING);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      List<Contact> all = letter.contacts();
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).name().isEmpty()) {
          out.add(Code.CON_NAME_MISSING.at("/contacts/" + i + "/name", all.get(i).role().label()));
        }
      }
    }
  }

  /** Each contact has a phone number. */
  static final class ContactPhone extends BuiltInRule {
    ContactPhone() {
      super(Code.CON_PHONE_MISSING);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      List<Contact> all = letter.contacts();
      for (int i = 0; i < all.size(); i++) {
        Contact c = all.get(i);
        if (c.phone().isEmpty()) {
          out.add(Code.CON_PHONE_MISSING.at("/contacts/" + i + "/phone", c.role().label() + c.name().orElse("")));
        }
      }
    }
  }

  private static String recipientPath(int group, int index) {
    return "/cc/" + group + "/recipients/" + index;
  }

  /** No CC recipient is blank. */
  static final class CcNotBlank extends BuiltInRule {
    CcNotBlank() {
      super(Code.CC_BLANK);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      List<CcGroup> groups = letter.cc();
      for (int g = 0; g < groups.size(); g++) {
        List<String> r = groups.get(g).recipients();
        for (int i = 0; i < r.size(); i++) {
          if (r.get(i).isBlank()) {
            out.add(Code.CC_BLANK.at(recipientPath(g, i)));
          }
        }
      }
    }
  }

  /** No CC recipient appears twice, across all groups (compared without surrounding whitespace). */
  static final class CcUnique extends BuiltInRule {
    CcUnique() {
      super(Code.CC_DUPLICATE);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      // Group and index of each name's first appearance; its pointer is made only for a duplicate.
      Map<String, Long> first = new HashMap<>();
      List<CcGroup> groups = letter.cc();
      for (int g = 0; g < groups.size(); g++) {
        List<String> r = groups.get(g).recipients();
        for (int i = 0; i < r.size(); i++) {
          String name = r.get(i).strip();
          if (name.isEmpty()) {
            continue; // RL-CC-001
          }
          Long earlier = first.putIfAbsent(name, ((long) g << 32) | i);
          if (earlier != null) {
            String earlierPath = recipientPath((int) (earlier >>> 32), (int) (long) earlier);
            out.add(Code.CC_DUPLICATE.at(recipientPath(g, i), name, earlierPath));
          }
        }
      }
    }
  }

  /** No CC group is empty. */
  static final class CcGroupNotEmpty extends BuiltInRule {
    CcGroupNotEmpty() {
      super(Code.CC_EMPTY_GROUP);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      List<CcGroup> groups = letter.cc();
      for (int g = 0; g < groups.size(); g++) {
        if (groups.get(g).recipients().isEmpty()) {
          out.add(Code.CC_EMPTY_GROUP.at("/cc/" + g + "/recipients", Integer.toString(g + 1)));
        }
      }
    }
  }

  static List<BuiltInRule> all() {
    return List.of(
        new RoleFitsChannel(), new RolePresent(), new ContactName(), new ContactPhone(),
        new CcNotBlank(), new CcUnique(), new CcGroupNotEmpty());
  }
}
