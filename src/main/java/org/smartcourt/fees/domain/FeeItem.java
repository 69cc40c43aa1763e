package org.smartcourt.fees.domain;

/** Every amount the schedule fixes, with the shape of rule the data must give it. */
public enum FeeItem {
    // 案件受理费, Art. 13
    PROPERTY(ProgressiveRule.class),
    DIVORCE(RangeRule.class),
    DIVORCE_PROPERTY(ProgressiveRule.class),
    PERSONALITY_RIGHTS(RangeRule.class),
    PERSONALITY_DAMAGES(ProgressiveRule.class),
    OTHER_NON_PROPERTY(RangeRule.class),
    INTELLECTUAL_PROPERTY_WITHOUT_AMOUNT(RangeRule.class),
    LABOUR(FixedRule.class),
    ADMINISTRATIVE_TRADEMARK_PATENT_MARITIME(FixedRule.class),
    ADMINISTRATIVE_OTHER(FixedRule.class),
    JURISDICTION_OBJECTION(RangeRule.class),
    // no acceptance fee, Art. 8 and 9
    SPECIAL_PROCEDURE(FixedRule.class),
    ADMINISTRATIVE_COMPENSATION(FixedRule.class),
    APPEAL_AGAINST_PROCEDURAL_RULING(FixedRule.class),
    RETRIAL_WITHOUT_FEE(FixedRule.class),
    // 申请费, Art. 14
    ENFORCEMENT(ProgressiveRule.class),
    ENFORCEMENT_WITHOUT_AMOUNT(RangeRule.class),
    PRESERVATION(ProgressiveRule.class),
    PAYMENT_ORDER(FractionRule.class),
    PUBLIC_SUMMONS(FixedRule.class),
    ARBITRATION_REVIEW(FixedRule.class),
    BANKRUPTCY(FractionRule.class),
    MARITIME_LIMITATION_FUND(RangeRule.class),
    MARITIME_INJUNCTION(RangeRule.class),
    SHIP_PRIORITY_SUMMONS(RangeRule.class),
    MARITIME_CREDITOR_REGISTRATION(FixedRule.class),
    GENERAL_AVERAGE_ADJUSTMENT(FixedRule.class);

    private final Class<? extends FeeRule> shape;

    FeeItem(Class<? extends FeeRule> shape) {
        this.shape = shape;
    }

    public Class<? extends FeeRule> shape() {
        return shape;
    }
}
