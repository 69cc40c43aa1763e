package org.smartcourt.delivery;

/** The kinds of litigation documents the court serves; the kind decides how service takes effect and what it starts. */
public enum DocumentKind {
    /** 受理通知书. */
    ACCEPTANCE_NOTICE("受理案件通知书"),
    /** 缴费通知书 (交纳诉讼费用通知书). */
    FEE_NOTICE("交纳诉讼费用通知书"),
    /** 起诉状副本: starts the answer period (CPL Art. 128). */
    COMPLAINT_COPY("起诉状副本"),
    /** 应诉通知书. */
    RESPONSE_NOTICE("应诉通知书"),
    /** 传票. */
    SUMMONS("传票"),
    /** 判决书: starts the appeal period (CPL Art. 171 ¶1). */
    JUDGMENT("民事判决书"),
    /** 裁定书 that may be appealed (CPL Art. 157 ¶2): starts the appeal period (CPL Art. 171 ¶2). */
    APPEALABLE_RULING("民事裁定书"),
    /** 裁定书 that may not be appealed. */
    RULING("民事裁定书"),
    /** 调解书: served on the person only (民诉解释 Art. 133), effective once signed for (CPL Art. 100). */
    MEDIATION_STATEMENT("民事调解书"),
    /** 上诉状副本: starts the respondent's answer period (CPL Art. 174). */
    APPEAL_COPY("上诉状副本"),
    /** Any other litigation document. */
    OTHER("诉讼文书");

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    /** The title such a document usually bears, in Chinese; used when a served document is given no title. */
    public String title() {
        return title;
    }
}
