package org.smartcourt.fees.ledger;

import java.util.Objects;
import org.smartcourt.shared.Money;

/** One line of a ledger transaction: a positive amount on exactly one side of one account. */
public record Posting(LedgerAccount account, Money debit, Money credit) {

    public Posting {
        Objects.requireNonNull(account, "account");
        if (debit.isNegative() || credit.isNegative()) {
            throw new IllegalArgumentException("A posting is never negative: " + debit + " / " + credit);
        }
        if (debit.isZero() == credit.isZero()) {
            throw new IllegalArgumentException("A posting is a debit or a credit, not both nor neither");
        }
    }

    public static Posting debit(LedgerAccount account, Money amount) {
        return new Posting(account, amount, Money.ZERO);
    }

    public static Posting credit(LedgerAccount account, Money amount) {
        return new Posting(account, Money.ZERO, amount);
    }

    /** Debit minus credit. */
    public Money net() {
        return debit.minus(credit);
    }
}
