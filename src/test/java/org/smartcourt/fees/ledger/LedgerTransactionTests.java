package org.smartcourt.fees.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.Money;

class LedgerTransactionTests {

    private static final UUID CASE = UUID.randomUUID();

    @Test
    void aTransactionWhoseDebitsDifferFromItsCreditsIsRefused() {
        assertThatThrownBy(() -> new LedgerTransaction(
                        CASE,
                        LedgerTransaction.Kind.PAYMENT,
                        "t-1",
                        List.of(
                                Posting.debit(LedgerAccount.cashAtGateway(), Money.yuan("900.00")),
                                Posting.credit(LedgerAccount.feesReceivable(CASE), Money.yuan("899.99")))))
                .isInstanceOf(UnbalancedTransaction.class)
                .hasMessageContaining("0.01");
    }

    @Test
    void aPostingIsOneSidedAndNeverNegative() {
        assertThatThrownBy(() -> new Posting(LedgerAccount.writeOff(), Money.yuan(1), Money.yuan(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Posting.debit(LedgerAccount.writeOff(), Money.yuan("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Posting.debit(LedgerAccount.writeOff(), Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chargePaymentHalfRefundLeaveTheCaseOwingNothingAndOwedNothing() {
        var ledger = new CaseLedger(List.of(
                LedgerTransaction.charge(CASE, "鲁0102", "n-1", Money.yuan("1800.00")),
                LedgerTransaction.payment(CASE, "t-1", Money.yuan("1800.00")),
                LedgerTransaction.refundDue(CASE, "鲁0102", "r-1", Money.yuan("900.00")),
                LedgerTransaction.refundPaid(CASE, "r-1", Money.yuan("900.00"))));

        assertThat(ledger.balanced()).isTrue();
        assertThat(ledger.outstanding(CASE)).isEqualTo(Money.ZERO);
        assertThat(ledger.refundsOutstanding(CASE)).isEqualTo(Money.ZERO);
        assertThat(ledger.balances().get(LedgerAccount.feeIncome("鲁0102"))).isEqualTo(Money.yuan("-900.00"));
        assertThat(ledger.balances().get(LedgerAccount.cashAtGateway())).isEqualTo(Money.yuan("900.00"));
    }

    @Test
    void anUnpaidChargeIsOwedUntilWrittenOff() {
        var charged = new CaseLedger(List.of(LedgerTransaction.charge(CASE, "鲁0102", "n-1", Money.yuan("75.00"))));
        var writtenOff = new CaseLedger(List.of(
                LedgerTransaction.charge(CASE, "鲁0102", "n-1", Money.yuan("75.00")),
                LedgerTransaction.writeOff(CASE, "n-1", Money.yuan("75.00"))));

        assertThat(charged.outstanding(CASE)).isEqualTo(Money.yuan("75.00"));
        assertThat(writtenOff.outstanding(CASE)).isEqualTo(Money.ZERO);
        assertThat(writtenOff.balanced()).isTrue();
    }

    @Test
    void accountNamesAreKindAndOwner() {
        assertThat(LedgerAccount.feesReceivable(CASE).kind()).isEqualTo("fees-receivable");
        assertThatThrownBy(() -> new LedgerAccount("Fees Receivable")).isInstanceOf(IllegalArgumentException.class);
    }
}
