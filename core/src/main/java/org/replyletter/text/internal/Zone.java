package org.replyletter.text.internal;

/**
 * Where in the letter the reading stands. A letter is read top to bottom: header and salutation,
 * body, attachment (checklist head, checklist, supplementary note), closing; closing lines such as
 * the date or a contact may also stand in the header.
 */
enum Zone {
  /** 版头, title, addressees: until the opening sentence. */
  HEADER,
  /** The body sections. */
  BODY,
  /** After 附件：, before the first suggestion: the checklist title and opening. */
  CHECKLIST_HEAD,
  /** The suggestions of the checklist. */
  CHECKLIST,
  /** 补充说明. */
  NOTE,
  /** Signature, date, contacts, 抄送 and what follows them. */
  CLOSING
}
