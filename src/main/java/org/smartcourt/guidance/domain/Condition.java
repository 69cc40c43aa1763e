package org.smartcourt.guidance.domain;

/** Why a procedure is excluded, or what it depends on; shown as {@code guidance.condition.<NAME>}. */
public enum Condition {
    /** CPL Art. 160, 165: summary procedure and small claims are heard by basic courts (and their tribunals) only. */
    BASIC_COURTS_ONLY(true, Article.CPL_160),
    /** CPL Art. 165: small claims are claims to pay money. */
    MONEY_CLAIMS_ONLY(true, Article.CPL_165),
    /** CPL Art. 166(1): no small claims for personal status or the confirmation of ownership. */
    PERSONAL_STATUS(true, Article.CPL_166),
    /** CPL Art. 166(3): no small claims when an appraisal or valuation is needed. */
    APPRAISAL_NEEDED(true, Article.CPL_166),
    /** CPL Art. 166(4): no small claims when a party cannot be found. */
    PARTY_MISSING(true, Article.CPL_166),
    /** 民诉解释 Art. 140: a case in summary procedure cannot be served by public notice. */
    NO_PUBLIC_NOTICE_IN_SUMMARY(true, Article.CPL_INTERPRETATION_140),
    /**
     * CPL Art. 165: small claims when the amount is at most half the province's average annual wage of employed persons
     * in the previous year (up to twice that wage if the parties agree); the platform holds no wage figures yet.
     */
    AMOUNT_CEILING(false, Article.CPL_165),
    /** CPL Art. 160: summary procedure for simple cases: clear facts, clear rights and duties, little dispute. */
    SIMPLE_CASE(false, Article.CPL_160);

    private final boolean excludes;
    private final Article article;

    Condition(boolean excludes, Article article) {
        this.excludes = excludes;
        this.article = article;
    }

    /** Whether the condition rules the procedure out (else it only says what the procedure depends on). */
    public boolean excludes() {
        return excludes;
    }

    public Article article() {
        return article;
    }
}
