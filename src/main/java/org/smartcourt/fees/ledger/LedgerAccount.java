package org.smartcourt.fees.ledger;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An account of the fee ledger, named {@code kind} or {@code kind:owner}: a case's receivable and refunds payable, a
 * court's fee income, the money held at the payment gateway, fees written off.
 */
public record LedgerAccount(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z-]+(:[^\\s:]+)?");

    public LedgerAccount {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a ledger account: " + name);
        }
    }

    /** What the case's payers owe the court (an asset of the court). */
    public static LedgerAccount feesReceivable(UUID caseId) {
        return new LedgerAccount("fees-receivable:" + caseId);
    }

    /** What the court owes back to the case's payers. */
    public static LedgerAccount refundsPayable(UUID caseId) {
        return new LedgerAccount("refunds-payable:" + caseId);
    }

    /** Fees the court has earned. */
    public static LedgerAccount feeIncome(String court) {
        return new LedgerAccount("fee-income:" + court);
    }

    /** Money paid in through the gateway and not yet refunded. */
    public static LedgerAccount cashAtGateway() {
        return new LedgerAccount("cash-at-gateway");
    }

    /** Fees that will not be collected. */
    public static LedgerAccount writeOff() {
        return new LedgerAccount("write-off");
    }

    public String kind() {
        var colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    @Override
    public String toString() {
        return name;
    }
}
