package org.smartcourt.fees.domain;

/** One rule of the schedule, with the article it comes from. */
public sealed interface FeeRule permits ProgressiveRule, FixedRule, RangeRule, FractionRule {

    LegalBasis basis();
}
