package org.replyletter.text;

/**
 * The part of a reply letter that an input line was recognised as, in the printed order of the
 * letter. Each constant carries the Chinese name of the part ({@link #label()}).
 *
 * @since 0.1.0
 */
public enum LetterPart {
  /** 发文字号: the document number line. */
  DOCUMENT_NUMBER("发文字号"),
  /** 签发人: the signer, on its own line or on the document-number line. */
  SIGNER("签发人"),
  /** 答复类型: the reply type, in any of its printed variants. */
  CLASSIFICATION("答复类型"),
  /** 标题: the title, from which the proposal reference is read. */
  TITLE("标题"),
  /** 主送: the addressees. */
  ADDRESSEES("主送"),
  /** 开头: the opening with the quoted proposal title. */
  OPENING("开头"),
  /** A body section heading, numbered ({@code 一、}) or not. */
  SECTION_HEADING("小标题"),
  /** A body paragraph. */
  PARAGRAPH("正文段落"),
  /** 附件: the attachment line naming the checklist. */
  ATTACHMENT("附件"),
  /** The checklist title (办理清单标题). */
  CHECKLIST_TITLE("办理清单标题"),
  /** The checklist's own opening. */
  CHECKLIST_OPENING("办理清单开头"),
  /** A suggestion heading of the checklist, e.g. {@code 建议一}. */
  SUGGESTION("建议"),
  /** The title of a checklist suggestion. */
  SUGGESTION_TITLE("建议标题"),
  /** A field label of a checklist suggestion, e.g. {@code 已完成事项}. */
  DISPOSITION_LABEL("办理情况栏目"),
  /** An entry of a checklist field (completed, in progress, not implementable, reason). */
  DISPOSITION_ENTRY("办理情况内容"),
  /** 补充说明: the supplementary note, label or text. */
  SUPPLEMENTARY_NOTE("补充说明"),
  /** 发文机关署名: the issuing organ signed above the date. */
  ISSUING_ORGAN("发文机关署名"),
  /** 成文日期: the issue date. */
  ISSUE_DATE("成文日期"),
  /** 联系人/联系电话: a contact line. */
  CONTACT("联系人"),
  /** 公开属性: the disclosure line. */
  DISCLOSURE("公开属性"),
  /** 抄送: the CC line. */
  CC("抄送");

  private final String label;

  LetterPart(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese name of the part.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
