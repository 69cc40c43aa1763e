package org.smartcourt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@CourtIntegrationTest
class AuditLogIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    private String recordSome() {
        var subject = "case-" + UUID.randomUUID();
        trail.record(AuditRecord.of("clerk-1", "docket.case.read", subject, AuditOutcome.SUCCESS));
        trail.record(new AuditRecord(
                "anonymous", "identity.login.failed", subject, AuditOutcome.FAILURE, Map.of("ip", "127.0.0.1")));
        trail.record(AuditRecord.of("judge-1", "docket.case.read", subject, AuditOutcome.DENIED)
                .with("reason", "not a party \"or\" judge\nof the case"));
        return subject;
    }

    @Test
    void anUntouchedLogVerifies() {
        recordSome();

        var result = chain.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(3);
        assertThat(result.headHash()).hasSize(64);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        var subject = recordSome();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone-else' where subject = ?")
                        .param(subject)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where subject = ?")
                        .param(subject)
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theVerifierFindsAnEntryAlteredBehindTheTriggersBack() {
        var subject = recordSome();
        var seq = jdbc.sql("select min(seq) from audit_entry where subject = ?")
                .param(subject)
                .query(Long.class)
                .single();
        try {
            tamper("update audit_entry set actor = 'someone-else' where seq = " + seq);

            var result = chain.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntry()).isEqualTo(seq);
            assertThat(result.reason()).isEqualTo("content-altered");
        } finally {
            tamper("update audit_entry set actor = 'clerk-1' where seq = " + seq);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void theVerifierFindsARemovedEntry() {
        var subject = recordSome();
        var middle = jdbc.sql("select * from audit_entry where subject = ? order by seq offset 1 limit 1")
                .param(subject)
                .query()
                .singleRow();
        try {
            tamper("delete from audit_entry where seq = " + middle.get("seq"));

            var result = chain.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.reason()).isEqualTo("previous-hash-mismatch");
        } finally {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update")
                    .update();
            jdbc.sql("""
                            insert into audit_entry (seq, recorded_at, actor, action, subject, outcome, details,
                                                     previous_hash, hash)
                            values (:seq, :recorded_at, :actor, :action, :subject, :outcome, :details,
                                    :previous_hash, :hash)
                            """).params(middle).update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update")
                    .update();
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    /** What an attacker with the database owner's rights could do; the application itself cannot. */
    private void tamper(String statement) {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update")
                .update();
        try {
            jdbc.sql(statement).update();
        } finally {
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update")
                    .update();
        }
    }
}
