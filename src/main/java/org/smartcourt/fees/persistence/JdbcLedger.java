package org.smartcourt.fees.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.smartcourt.fees.ledger.CaseLedger;
import org.smartcourt.fees.ledger.LedgerAccount;
import org.smartcourt.fees.ledger.LedgerTransaction;
import org.smartcourt.fees.ledger.Posting;
import org.smartcourt.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger in {@code ledger_transaction} and {@code ledger_entry}. A deferred constraint trigger re-checks at commit
 * that each transaction balances, and other triggers keep both tables append-only.
 */
@Repository
public class JdbcLedger {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    JdbcLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Books the transaction unless one of the same kind and reference is booked; true when booked now. */
    public boolean book(LedgerTransaction transaction, Instant at) {
        var id = UUID.randomUUID();
        var inserted = jdbc.sql("""
                insert into ledger_transaction (id, case_id, kind, reference, booked_at, booked_on)
                values (?, ?, ?, ?, ?, ?) on conflict (kind, reference) do nothing
                """)
                .params(
                        id,
                        transaction.caseId(),
                        transaction.kind().name(),
                        transaction.reference(),
                        at.atOffset(ZoneOffset.UTC),
                        LocalDate.ofInstant(at, CHINA))
                .update();
        if (inserted == 0) {
            return false;
        }
        var position = 0;
        for (var posting : transaction.postings()) {
            jdbc.sql(
                            "insert into ledger_entry (transaction_id, position, account, debit, credit) values (?, ?, ?, ?, ?)")
                    .params(
                            id,
                            position++,
                            posting.account().name(),
                            posting.debit().amount(),
                            posting.credit().amount())
                    .update();
        }
        return true;
    }

    public CaseLedger ofCase(UUID caseId) {
        return new CaseLedger(transactions("where t.case_id = ?", caseId).stream()
                .map(Booked::transaction)
                .toList());
    }

    public List<Booked> bookedOfCase(UUID caseId) {
        return transactions("where t.case_id = ?", caseId);
    }

    /** Transactions of a kind booked on a day (China Standard Time). */
    public List<Booked> bookedOn(LedgerTransaction.Kind kind, LocalDate day) {
        return jdbc
                .sql("select t.id from ledger_transaction t where t.kind = ? and t.booked_on = ?")
                .params(kind.name(), day)
                .query(UUID.class)
                .list()
                .stream()
                .flatMap(id -> transactions("where t.id = ?", id).stream())
                .toList();
    }

    private List<Booked> transactions(String where, Object parameter) {
        var rows = jdbc.sql("""
                select t.id, t.case_id, t.kind, t.reference, t.booked_at, e.account, e.debit, e.credit
                  from ledger_transaction t join ledger_entry e on e.transaction_id = t.id
                """ + where + " order by t.booked_at, t.id, e.position")
                .param(parameter)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        LedgerTransaction.Kind.valueOf(rs.getString("kind")),
                        rs.getString("reference"),
                        rs.getObject("booked_at", OffsetDateTime.class).toInstant(),
                        new Posting(
                                new LedgerAccount(rs.getString("account")),
                                Money.of(rs.getBigDecimal("debit")),
                                Money.of(rs.getBigDecimal("credit")))))
                .list();
        var grouped = new LinkedHashMap<UUID, List<Row>>();
        rows.forEach(row ->
                grouped.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return grouped.values().stream()
                .map(group -> {
                    var first = group.get(0);
                    return new Booked(
                            new LedgerTransaction(
                                    first.caseId(),
                                    first.kind(),
                                    first.reference(),
                                    group.stream().map(Row::posting).toList()),
                            first.at());
                })
                .toList();
    }

    /** A booked transaction and when it was booked. */
    public record Booked(LedgerTransaction transaction, Instant at) {}

    private record Row(
            UUID id, UUID caseId, LedgerTransaction.Kind kind, String reference, Instant at, Posting posting) {}
}
