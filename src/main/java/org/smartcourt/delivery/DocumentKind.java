package org.smartcourt.delivery;

/** The kinds of litigation documents the court serves; the kind decides how service takes effect and what it starts. */
public enum DocumentKind {
    /** 受理通知书. */
    ACCEPTANCE_NOTICE,
    /** 缴费通知书 (交纳诉讼费用通知书). */
    FEE_NOTICE,
    /** 起诉状副本: starts the answer period (CPL Art. 128). */
    COMPLAINT_COPY,
    /** 应诉通知书. */
    RESPONSE_NOTICE,
    /** 传票. */
    SUMMONS,
    /** 判决书: starts the appeal period (CPL Art. 171 ¶1). */
    JUDGMENT,
    /** 裁定书 that may be appealed (CPL Art. 157 ¶2): starts the appeal period (CPL Art. 171 ¶2). */
    APPEALABLE_RULING,
    /** 裁定书 that may not be appealed. */
    RULING,
    /** 调解书: served on the person only (民诉解释 Art. 133), effective once signed for (CPL Art. 100). */
    MEDIATION_STATEMENT,
    /** 上诉状副本: starts the respondent's answer period (CPL Art. 174). */
    APPEAL_COPY,
    /** Any other litigation document. */
    OTHER
}
