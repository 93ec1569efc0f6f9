package org.replyletter.text.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replyletter.CcGroup;
import org.replyletter.Contact;
import org.replyletter.Disclosure;
import org.replyletter.DocumentNumber;
import org.replyletter.HandlingRole;
import org.replyletter.Proposer;

/**
 * The letter as the zone readers find it, field by field, before it is checked and built: plain
 * mutable holders, one per part of the letter. {@link LetterAssembler} turns it into a
 * {@code ReplyLetter}. Not thread-safe: one draft per import.
 */
final class LetterDraft {
  /** A body section as read: ordinal and heading if printed, its paragraphs. */
  static final class SectionDraft {
    String ordinal;
    String heading;
    final List<String> paragraphs = new ArrayList<>();
  }

  /** Which labelled field of a checklist suggestion the following lines belong to. */
  enum Field { NONE, COMPLETED, IN_PROGRESS, NOT_IMPLEMENTABLE, REASON }

  /** A checklist suggestion as read: its heading line, title and the entries under each label. */
  static final class SuggestionDraft {
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

  // header
  DocumentNumber documentNumber;
  String signer;
  String classificationCode;
  String title;
  int titleLine;

  // salutation
  final List<Proposer> addressees = new ArrayList<>();
  String opening;
  int openingLine;

  // body
  final List<SectionDraft> sections = new ArrayList<>();

  // attachment: checklist and supplementary note
  boolean checklistSeen;
  String attachmentText;
  int attachmentLine;
  String checklistTitle;
  String checklistOpening;
  final List<SuggestionDraft> suggestions = new ArrayList<>();
  final List<String> noteLines = new ArrayList<>();
  boolean noteSeen;

  /** Organs a handling form names, with their part (主办单位, 会办单位, 协办单位). */
  final Map<String, HandlingRole> handlingParts = new LinkedHashMap<>();

  // the organ named above the title (高平市卫生健康和体育局 / 关于…) or in a form's 主办单位
  String headerOrgan;

  // closing
  /** The organ signed next to the date. */
  String organ;
  /** The organ named by a label such as 承办单位. */
  String labelledOrgan;
  /** Index of the last line read as a contact, for a continuation line under it. */
  int lastContactIndex = -2;
  LocalDate issueDate;
  final List<Contact> contacts = new ArrayList<>();
  Disclosure disclosure;
  final List<CcGroup> cc = new ArrayList<>();
  boolean ccSeen;
}
