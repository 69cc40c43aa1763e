package org.smartcourt.filing.domain;

/**
 * The kinds of claim items (诉讼请求) and whether each counts towards the amount in dispute (诉讼标的额). The rule: the
 * amount in dispute is what the plaintiff asks the court to award in money or property value, computed up to the day
 * of filing; the litigation costs the court will allocate are not part of it (诉讼费用交纳办法 Art. 6, 29).
 */
public enum ClaimKind {
    /** 本金, price, arrears, fees owed: counts in full. */
    PRINCIPAL(true, true),
    /**
     * 利息 (interest, overdue interest, compound interest) with its rate and period: counts as stated up to the day of
     * filing; interest "until payment in full" after filing is not computed into the amount.
     */
    INTEREST(true, true),
    /** 违约金, 罚息, 滞纳金: counts as stated up to the day of filing. */
    PENALTY(true, true),
    /** 损失赔偿 (compensation for damage, lost earnings, medical costs…): counts. */
    DAMAGES(true, true),
    /** 财产分割 (the value of the property a party asks to receive, as in divorce): counts. */
    PROPERTY(true, true),
    /** Any other money claim (costs of realising the debt, lawyer's fees, support payments): counts. */
    OTHER(true, true),
    /** 诉讼费用 (case acceptance and preservation fees the court allocates): never counts. */
    COSTS(true, false),
    /** A claim without money (dissolve a marriage, custody, rescind a contract): no amount, never counts. */
    NON_MONETARY(false, false);

    private final boolean hasAmount;
    private final boolean inDispute;

    ClaimKind(boolean hasAmount, boolean inDispute) {
        this.hasAmount = hasAmount;
        this.inDispute = inDispute;
    }

    /** Whether the item is a sum of money the filer states. */
    public boolean hasAmount() {
        return hasAmount;
    }

    /** Whether the item's amount is added to the amount in dispute. */
    public boolean countsTowardsAmountInDispute() {
        return inDispute;
    }

    /** Interest items also give the rate and the period. */
    public boolean hasRateAndPeriod() {
        return this == INTEREST;
    }
}
