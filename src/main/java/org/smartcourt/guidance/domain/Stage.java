package org.smartcourt.guidance.domain;

import java.time.Period;

/**
 * Periods along the way of a case besides the trial limit, each with its statutory length; shown as
 * {@code guidance.stage.<NAME>}.
 */
public enum Stage {
    /** 劳动争议调解仲裁法 Art. 43: the arbitral tribunal decides within 45 days, 15 more if complex. */
    LABOUR_ARBITRATION(Period.ofDays(45), Article.LABOUR_ARBITRATION_LAW_43),
    /** 劳动争议调解仲裁法 Art. 50: a party who disagrees with the award sues within 15 days of receiving it. */
    SUIT_AFTER_AWARD(Period.ofDays(15), Article.LABOUR_ARBITRATION_LAW_50),
    /** 在线调解规则 Art. 24: online mediation before filing lasts 30 days, longer if all agree. */
    PRE_FILING_MEDIATION(Period.ofDays(30), Article.ONLINE_MEDIATION_RULES_24),
    /** CPL Art. 126: the court registers a complaint that meets the conditions within 7 days. */
    REGISTRATION(Period.ofDays(7), Article.CPL_126),
    /** CPL Art. 128: the defendant answers within 15 days of receiving the complaint. */
    ANSWER(Period.ofDays(15), Article.CPL_128),
    /** CPL Art. 95: service by public notice takes effect 30 days after the notice; 民诉解释 Art. 243 leaves it out of the limit. */
    PUBLIC_NOTICE(Period.ofDays(30), Article.CPL_95),
    /** 民诉解释 Art. 243: time spent on an appraisal is not counted in the trial limit; it has no statutory length. */
    APPRAISAL(Period.ZERO, Article.CPL_INTERPRETATION_243),
    /** CPL Art. 171: an appeal against a judgment within 15 days of its service. */
    APPEAL(Period.ofDays(15), Article.CPL_171),
    /** CPL Art. 183: the appeal court decides within 3 months. */
    SECOND_INSTANCE(Period.ofMonths(3), Article.CPL_183),
    /** CPL Art. 250: enforcement is applied for within 2 years of the last day set for performance. */
    ENFORCEMENT_APPLICATION(Period.ofYears(2), Article.CPL_250),
    /** 严格执行案件审理期限制度的若干规定 (2000) Art. 5: an enforcement case is concluded within 6 months. */
    ENFORCEMENT(Period.ofMonths(6), Article.TIME_LIMITS_RULES_2000_5);

    private final Period length;
    private final Article article;

    Stage(Period length, Article article) {
        this.length = length;
        this.article = article;
    }

    /** The statutory length; zero for a period the law does not fix. */
    public Period length() {
        return length;
    }

    public Article article() {
        return article;
    }
}
