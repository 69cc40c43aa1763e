package org.smartcourt.fees.domain;

import org.jspecify.annotations.Nullable;

/** What an application fee (申请费, Art. 10 and 14) is charged for; the items used with and without an amount. */
public enum ApplicationKind {
    ENFORCEMENT(FeeItem.ENFORCEMENT, FeeItem.ENFORCEMENT_WITHOUT_AMOUNT),
    RECOGNITION_OF_FOREIGN_DECISION(FeeItem.ENFORCEMENT, FeeItem.ENFORCEMENT_WITHOUT_AMOUNT),
    /** An unregistered right holder suing after a representative action pays the enforcement fee (Art. 14(1)3). */
    REPRESENTATIVE_ACTION_LATE_CLAIM(FeeItem.ENFORCEMENT, FeeItem.ENFORCEMENT_WITHOUT_AMOUNT),
    PRESERVATION(FeeItem.PRESERVATION, FeeItem.PRESERVATION),
    PAYMENT_ORDER(FeeItem.PAYMENT_ORDER, null),
    PUBLIC_SUMMONS(FeeItem.PUBLIC_SUMMONS, FeeItem.PUBLIC_SUMMONS),
    ARBITRATION_REVIEW(FeeItem.ARBITRATION_REVIEW, FeeItem.ARBITRATION_REVIEW),
    BANKRUPTCY(FeeItem.BANKRUPTCY, null),
    MARITIME_LIMITATION_FUND(FeeItem.MARITIME_LIMITATION_FUND, FeeItem.MARITIME_LIMITATION_FUND),
    MARITIME_INJUNCTION(FeeItem.MARITIME_INJUNCTION, FeeItem.MARITIME_INJUNCTION),
    SHIP_PRIORITY_SUMMONS(FeeItem.SHIP_PRIORITY_SUMMONS, FeeItem.SHIP_PRIORITY_SUMMONS),
    MARITIME_CREDITOR_REGISTRATION(FeeItem.MARITIME_CREDITOR_REGISTRATION, FeeItem.MARITIME_CREDITOR_REGISTRATION),
    GENERAL_AVERAGE_ADJUSTMENT(FeeItem.GENERAL_AVERAGE_ADJUSTMENT, FeeItem.GENERAL_AVERAGE_ADJUSTMENT);

    private final FeeItem withAmount;
    private final @Nullable FeeItem withoutAmount;

    ApplicationKind(FeeItem withAmount, @Nullable FeeItem withoutAmount) {
        this.withAmount = withAmount;
        this.withoutAmount = withoutAmount;
    }

    public FeeItem withAmount() {
        return withAmount;
    }

    /** The item charged when the application names no amount; null when an amount is required. */
    public @Nullable FeeItem withoutAmount() {
        return withoutAmount;
    }
}
