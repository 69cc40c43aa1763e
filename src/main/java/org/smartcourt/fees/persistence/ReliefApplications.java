package org.smartcourt.fees.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.ReliefApplication;
import org.smartcourt.fees.domain.ReliefEvidence;
import org.smartcourt.fees.domain.ReliefGround;
import org.smartcourt.fees.domain.ReliefKind;
import org.smartcourt.fees.domain.ReliefTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications for fee relief and their evidence, in {@code fee_relief_application} and {@code fee_relief_evidence}. */
@Repository
public class ReliefApplications {

    private final JdbcClient jdbc;

    ReliefApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a pending application; false when the case has a pending one already. */
    public boolean insertPending(ReliefApplication application) {
        var inserted = jdbc.sql("""
                    insert into fee_relief_application (id, case_id, notice_id, court, case_number, applicant,
                        party_name, natural_person, kind, reduction_percent, defer_until, grounds, statement, status,
                        applied_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                    on conflict (case_id) where status = 'PENDING' do nothing
                    """)
                .params(
                        application.id(),
                        application.caseId(),
                        application.noticeId(),
                        application.court(),
                        application.caseNumber(),
                        application.applicant(),
                        application.partyName(),
                        application.naturalPerson(),
                        application.requested().kind().name(),
                        application.requested().reductionPercent(),
                        application.requested().deferUntil(),
                        application.grounds().stream().map(Enum::name).sorted().toArray(String[]::new),
                        application.statement(),
                        application.appliedAt().atOffset(ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            return false;
        }
        var position = 0;
        for (var evidence : application.evidence()) {
            jdbc.sql("""
                    insert into fee_relief_evidence (application_id, position, hash, file_name, media_type, size)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            application.id(),
                            position++,
                            evidence.hash(),
                            evidence.fileName(),
                            evidence.mediaType(),
                            evidence.size())
                    .update();
        }
        return true;
    }

    /** Records the decision on a pending application. */
    public void decide(
            UUID applicationId,
            ReliefApplication.Status status,
            @Nullable ReliefTerms granted,
            @Nullable String reasons,
            String decidedBy,
            Instant at) {
        jdbc.sql("""
                update fee_relief_application set status = ?, granted_kind = ?, granted_percent = ?, granted_until = ?,
                    reasons = ?, decided_by = ?, decided_at = ?
                 where id = ? and status = 'PENDING'
                """)
                .params(
                        status.name(),
                        granted == null ? null : granted.kind().name(),
                        granted == null ? null : granted.reductionPercent(),
                        granted == null ? null : granted.deferUntil(),
                        reasons,
                        decidedBy,
                        at.atOffset(ZoneOffset.UTC),
                        applicationId)
                .update();
    }

    /** The application, locked for the caller's transaction. */
    public Optional<ReliefApplication> lock(UUID applicationId) {
        return jdbc.sql("select * from fee_relief_application where id = ? for update")
                .param(applicationId)
                .query(this::application)
                .optional();
    }

    public Optional<ReliefApplication> find(UUID applicationId) {
        return jdbc.sql("select * from fee_relief_application where id = ?")
                .param(applicationId)
                .query(this::application)
                .optional();
    }

    public List<ReliefApplication> ofCase(UUID caseId) {
        return jdbc.sql("select * from fee_relief_application where case_id = ? order by applied_at")
                .param(caseId)
                .query(this::application)
                .list();
    }

    public boolean pendingFor(UUID caseId) {
        return jdbc.sql("select count(*) from fee_relief_application where case_id = ? and status = 'PENDING'")
                        .param(caseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Every pending application, oldest first. */
    public List<ReliefApplication> pending() {
        return jdbc.sql("select * from fee_relief_application where status = 'PENDING' order by applied_at")
                .query(this::application)
                .list();
    }

    private List<ReliefEvidence> evidence(UUID applicationId) {
        return jdbc.sql("select * from fee_relief_evidence where application_id = ? order by position")
                .param(applicationId)
                .query((rs, n) -> new ReliefEvidence(
                        rs.getString("hash"),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getLong("size")))
                .list();
    }

    private ReliefApplication application(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var grantedKind = rs.getString("granted_kind");
        var grantedPercent = (Integer) rs.getObject("granted_percent");
        var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new ReliefApplication(
                id,
                rs.getObject("case_id", UUID.class),
                rs.getObject("notice_id", UUID.class),
                rs.getString("court"),
                rs.getString("case_number"),
                rs.getString("applicant"),
                rs.getString("party_name"),
                rs.getBoolean("natural_person"),
                new ReliefTerms(
                        ReliefKind.valueOf(rs.getString("kind")),
                        (Integer) rs.getObject("reduction_percent"),
                        rs.getObject("defer_until", LocalDate.class)),
                Arrays.stream((String[]) rs.getArray("grounds").getArray())
                        .map(ReliefGround::valueOf)
                        .collect(Collectors.toSet()),
                rs.getString("statement"),
                evidence(id),
                ReliefApplication.Status.valueOf(rs.getString("status")),
                grantedKind == null
                        ? null
                        : new ReliefTerms(
                                ReliefKind.valueOf(grantedKind),
                                grantedPercent,
                                rs.getObject("granted_until", LocalDate.class)),
                rs.getString("reasons"),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getObject("applied_at", OffsetDateTime.class).toInstant());
    }
}
