package org.smartcourt.judgments;

/**
 * How many days a party has to appeal a decision, counted from the day after service (CPL Art. 85, 171); zero for a
 * decision that cannot be appealed and takes effect on service (CPL Art. 158, 182).
 */
public record AppealPeriod(int days) {

    /** Not appealable: takes effect when served. */
    public static final AppealPeriod NONE = new AppealPeriod(0);

    /** CPL Art. 171 ¶1: a first-instance civil judgment may be appealed within 15 days of service. */
    public static final AppealPeriod CIVIL_JUDGMENT = new AppealPeriod(15);

    /** CPL Art. 171 ¶2: an appealable civil ruling (CPL Art. 157(1)(一)–(三)) within 10 days of service. */
    public static final AppealPeriod CIVIL_RULING = new AppealPeriod(10);

    public AppealPeriod {
        if (days < 0 || days > 90) {
            throw new IllegalArgumentException("An appeal period lasts 0 to 90 days, not " + days);
        }
    }

    public boolean appealable() {
        return days > 0;
    }
}
