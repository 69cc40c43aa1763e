package org.smartcourt.audit.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditChain;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as a hash chain in one table. Appends are serialised by a transaction-scoped advisory lock, so the
 * chain stays linear when several nodes write at once.
 */
@Repository
class JdbcAuditLog implements AuditTrail, AuditChain {

    /** Any fixed number; it names the lock that serialises appends across nodes. */
    private static final long APPEND_LOCK = 0x5C_A0D17L;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditRecord record) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().singleValue();
        var previous = jdbc.sql("select hash from audit_entry order by seq desc limit 1")
                .query(String.class)
                .optional()
                .orElse(ChainedEntry.GENESIS);
        // PostgreSQL keeps microseconds; hash what is stored.
        var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var entry = new ChainedEntry(
                recordedAt,
                record.actor(),
                record.action(),
                record.subject(),
                record.outcome().name(),
                ChainedEntry.canonicalJson(record.details()),
                previous);
        jdbc.sql("""
                        insert into audit_entry (recorded_at, actor, action, subject, outcome, details, previous_hash, hash)
                        values (:recordedAt, :actor, :action, :subject, :outcome, :details, :previousHash, :hash)
                        """)
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("subject", entry.subject())
                .param("outcome", entry.outcome())
                .param("details", entry.details())
                .param("previousHash", entry.previousHash())
                .param("hash", entry.hash())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Verification verify() {
        var checked = new AtomicLong();
        var expectedPrevious = new AtomicReference<>(ChainedEntry.GENESIS);
        var broken = new AtomicReference<@Nullable Verification>();
        jdbc.sql("""
                        select seq, recorded_at, actor, action, subject, outcome, details, previous_hash, hash
                        from audit_entry order by seq
                        """).query(rows -> {
            if (broken.get() != null) {
                return;
            }
            var seq = rows.getLong("seq");
            var entry = new ChainedEntry(
                    rows.getTimestamp("recorded_at").toInstant(),
                    rows.getString("actor"),
                    rows.getString("action"),
                    rows.getString("subject"),
                    rows.getString("outcome"),
                    rows.getString("details"),
                    rows.getString("previous_hash"));
            checked.incrementAndGet();
            if (!entry.previousHash().equals(expectedPrevious.get())) {
                broken.set(new Verification(false, checked.get(), seq, "previous-hash-mismatch", null));
            } else if (!entry.hash().equals(rows.getString("hash"))) {
                broken.set(new Verification(false, checked.get(), seq, "content-altered", null));
            }
            expectedPrevious.set(rows.getString("hash"));
        });
        var result = broken.get();
        if (result != null) {
            return result;
        }
        var head = checked.get() == 0 ? null : expectedPrevious.get();
        return new Verification(true, checked.get(), null, null, head);
    }
}
