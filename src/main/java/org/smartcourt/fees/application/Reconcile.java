package org.smartcourt.fees.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.ledger.LedgerTransaction;
import org.smartcourt.fees.payment.PaymentGateway;
import org.smartcourt.fees.persistence.JdbcLedger;
import org.smartcourt.fees.persistence.Refunds;
import org.smartcourt.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily reconciliation (对账): the payments and refunds the ledger booked on a day against the gateway's statement of
 * that day, matched by the gateway's transaction and refund ids. Differences are stored and listed.
 */
@Component
public class Reconcile {

    /** One difference between the ledger and the gateway. */
    public record Difference(
            String kind,
            String reference,
            @Nullable Money ledger,
            @Nullable Money gateway) {}

    private final JdbcLedger ledger;
    private final Refunds refunds;
    private final PaymentGateway gateway;
    private final JdbcClient jdbc;
    private final Clock clock;

    Reconcile(JdbcLedger ledger, Refunds refunds, PaymentGateway gateway, JdbcClient jdbc, Clock clock) {
        this.ledger = ledger;
        this.refunds = refunds;
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${smartcourt.fees.reconciliation-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void yesterday() {
        reconcile(LocalDate.now(clock).minusDays(1));
    }

    public List<Difference> reconcile(LocalDate day) {
        var booked = new HashMap<String, Money>();
        for (var payment : ledger.bookedOn(LedgerTransaction.Kind.PAYMENT, day)) {
            booked.merge(
                    payment.transaction().reference(), payment.transaction().total(), Money::plus);
        }
        for (var refund : ledger.bookedOn(LedgerTransaction.Kind.REFUND_PAID, day)) {
            var gatewayId =
                    refunds.gatewayRefundId(UUID.fromString(refund.transaction().reference()));
            booked.merge(
                    gatewayId.orElse(refund.transaction().reference()),
                    refund.transaction().total(),
                    Money::plus);
        }
        var stated = new HashMap<String, Money>();
        gateway.statement(day).forEach(line -> stated.merge(line.reference(), line.amount(), Money::plus));
        var differences = new ArrayList<Difference>();
        booked.forEach((reference, amount) -> {
            var other = stated.get(reference);
            if (other == null) {
                differences.add(new Difference("MISSING_AT_GATEWAY", reference, amount, null));
            } else if (!other.equals(amount)) {
                differences.add(new Difference("AMOUNT_DIFFERS", reference, amount, other));
            }
        });
        stated.forEach((reference, amount) -> {
            if (!booked.containsKey(reference)) {
                differences.add(new Difference("MISSING_IN_LEDGER", reference, null, amount));
            }
        });
        differences.sort(java.util.Comparator.comparing(Difference::kind).thenComparing(Difference::reference));
        var runAt = clock.instant().atOffset(ZoneOffset.UTC);
        var position = 0;
        for (var difference : differences) {
            jdbc.sql("""
                    insert into fee_reconciliation (day, position, kind, reference, ledger, gateway, run_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            day,
                            position++,
                            difference.kind(),
                            difference.reference(),
                            difference.ledger() == null
                                    ? null
                                    : difference.ledger().amount(),
                            difference.gateway() == null
                                    ? null
                                    : difference.gateway().amount(),
                            runAt)
                    .update();
        }
        return differences;
    }
}
