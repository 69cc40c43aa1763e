package org.smartcourt.docket;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 诉讼标的额 in yuan, with two decimals; zero for a case without a money claim. Kept in the docket until the shared
 * {@code Money} type arrives.
 */
public record AmountInDispute(BigDecimal yuan) implements Comparable<AmountInDispute> {

    public static final AmountInDispute NONE = new AmountInDispute(BigDecimal.ZERO);

    public AmountInDispute {
        if (yuan == null || yuan.signum() < 0) {
            throw new IllegalArgumentException("An amount in dispute is zero or more");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("An amount in dispute has at most two decimals: " + yuan);
        }
        yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static AmountInDispute of(String yuan) {
        return new AmountInDispute(new BigDecimal(yuan));
    }

    @Override
    public int compareTo(AmountInDispute other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
