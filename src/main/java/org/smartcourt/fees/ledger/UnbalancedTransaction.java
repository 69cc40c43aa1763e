package org.smartcourt.fees.ledger;

import org.smartcourt.shared.Money;

/** A ledger transaction whose debits and credits differ; double entry refuses it. */
public class UnbalancedTransaction extends IllegalArgumentException {

    public UnbalancedTransaction(LedgerTransaction.Kind kind, String reference, Money net) {
        super("Ledger transaction " + kind + " " + reference + " does not balance: debits - credits = " + net);
    }
}
