package org.smartcourt.docket.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.CaseNode;
import org.smartcourt.docket.domain.Timeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Timelines in {@code docket_case_node}, which a trigger keeps append-only. */
@Repository
class JdbcTimeline implements Timeline {

    private final JdbcClient jdbc;

    JdbcTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(CaseNode node) {
        jdbc.sql("""
                insert into docket_case_node (case_id, at, actor_role, actor_name, actor_username, message_code,
                    arguments, documents, deadline)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        node.caseId().value(),
                        node.at().atOffset(ZoneOffset.UTC),
                        node.actorRole().name(),
                        node.actorName(),
                        node.actorUsername(),
                        node.messageCode(),
                        node.arguments().toArray(String[]::new),
                        node.documents().toArray(String[]::new),
                        node.deadline())
                .update();
    }

    @Override
    public List<CaseNode> of(CaseId caseId) {
        return jdbc.sql("select * from docket_case_node where case_id = ? order by seq")
                .param(caseId.value())
                .query((rs, n) -> new CaseNode(
                        caseId,
                        Objects.requireNonNull(JdbcCourtCases.instant(rs, "at")),
                        ActorRole.valueOf(rs.getString("actor_role")),
                        rs.getString("actor_name"),
                        rs.getString("actor_username"),
                        rs.getString("message_code"),
                        JdbcCourtCases.strings(rs, "arguments"),
                        JdbcCourtCases.strings(rs, "documents"),
                        rs.getObject("deadline", LocalDate.class)))
                .list();
    }
}
