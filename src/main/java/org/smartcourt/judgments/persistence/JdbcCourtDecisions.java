package org.smartcourt.judgments.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.CaseId;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.judgments.AppealPeriod;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.judgments.domain.CourtDecision;
import org.smartcourt.judgments.domain.CourtDecisions;
import org.smartcourt.judgments.domain.DecisionStatus;
import org.smartcourt.shared.CourtCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions in {@code court_decision}; a document is recorded once per case. */
@Repository
class JdbcCourtDecisions implements CourtDecisions {

    private final JdbcClient jdbc;

    JdbcCourtDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(CourtDecision decision) {
        return jdbc.sql("""
                        insert into court_decision (id, case_id, court_code, kind, title, document_hash, decided_on,
                            served_on, appeal_days, status, effective_on, appeal_case_id, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id, document_hash) do nothing
                        """)
                        .params(
                                decision.id(),
                                decision.caseId().value(),
                                decision.court().value(),
                                decision.kind().name(),
                                decision.title(),
                                decision.document().value(),
                                decision.decidedOn(),
                                decision.servedOn(),
                                decision.appealPeriod().days(),
                                decision.status().name(),
                                decision.effectiveOn(),
                                uuid(decision.appealCase()),
                                decision.recordedBy(),
                                decision.recordedAt().atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    @Override
    public boolean update(CourtDecision decision, DecisionStatus expected) {
        return jdbc.sql("""
                        update court_decision set status = ?, effective_on = ?, appeal_case_id = ?
                        where id = ? and status = ?
                        """)
                        .params(
                                decision.status().name(),
                                decision.effectiveOn(),
                                uuid(decision.appealCase()),
                                decision.id(),
                                expected.name())
                        .update()
                == 1;
    }

    @Override
    public Optional<CourtDecision> find(UUID id) {
        return jdbc.sql("select * from court_decision where id = ?")
                .param(id)
                .query(JdbcCourtDecisions::decision)
                .optional();
    }

    @Override
    public Optional<CourtDecision> find(CaseId caseId, DocumentHash document) {
        return jdbc.sql("select * from court_decision where case_id = ? and document_hash = ?")
                .params(caseId.value(), document.value())
                .query(JdbcCourtDecisions::decision)
                .optional();
    }

    @Override
    public List<CourtDecision> ofCase(CaseId caseId) {
        return jdbc.sql("select * from court_decision where case_id = ? order by recorded_at, id")
                .param(caseId.value())
                .query(JdbcCourtDecisions::decision)
                .list();
    }

    @Override
    public List<CourtDecision> awaitingEffect() {
        return jdbc.sql("select * from court_decision where status = 'AWAITING_EFFECT' order by served_on, id")
                .query(JdbcCourtDecisions::decision)
                .list();
    }

    private static @Nullable UUID uuid(@Nullable CaseId caseId) {
        return caseId == null ? null : caseId.value();
    }

    private static CourtDecision decision(ResultSet rs, int row) throws SQLException {
        var appeal = rs.getObject("appeal_case_id", UUID.class);
        return new CourtDecision(
                rs.getObject("id", UUID.class),
                new CaseId(rs.getObject("case_id", UUID.class)),
                CourtCode.of(rs.getString("court_code")),
                DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                new DocumentHash(rs.getString("document_hash")),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("served_on", LocalDate.class),
                new AppealPeriod(rs.getInt("appeal_days")),
                DecisionStatus.valueOf(rs.getString("status")),
                rs.getObject("effective_on", LocalDate.class),
                appeal == null ? null : new CaseId(appeal),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
