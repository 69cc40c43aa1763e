package org.smartcourt.fees.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartcourt.shared.Money;

/** The transactions booked for one case, in order, with each account's balance (debits minus credits). */
public record CaseLedger(List<LedgerTransaction> transactions) {

    public CaseLedger {
        transactions = List.copyOf(transactions);
    }

    public Map<LedgerAccount, Money> balances() {
        var balances = new LinkedHashMap<LedgerAccount, Money>();
        for (var transaction : transactions) {
            for (var posting : transaction.postings()) {
                balances.merge(posting.account(), posting.net(), Money::plus);
            }
        }
        return balances;
    }

    /** Whether the debits of all transactions equal their credits (always true for transactions built here). */
    public boolean balanced() {
        return balances().values().stream().reduce(Money.ZERO, Money::plus).isZero();
    }

    /** What the payers still owe (positive) or have overpaid (negative) on this case. */
    public Money outstanding(java.util.UUID caseId) {
        return balances().getOrDefault(LedgerAccount.feesReceivable(caseId), Money.ZERO);
    }

    /** What the court still has to pay back on this case, as a positive amount. */
    public Money refundsOutstanding(java.util.UUID caseId) {
        return balances()
                .getOrDefault(LedgerAccount.refundsPayable(caseId), Money.ZERO)
                .negate();
    }
}
