package org.smartcourt.fees.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks for the staff of a court in {@code judge_task}, at most one open per case and kind. */
@Repository
public class JudgeTasks {

    private final JdbcClient jdbc;

    JudgeTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task awaiting a judge. */
    public record Task(
            UUID id, UUID caseId, String court, String caseNumber, String kind, String message, Instant at) {}

    public boolean insertOnce(UUID caseId, String court, String caseNumber, String kind, String message, Instant at) {
        return jdbc.sql("""
                insert into judge_task (id, case_id, court, case_number, kind, message, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (case_id, kind) where done_at is null do nothing
                """)
                        .params(
                                UUID.randomUUID(),
                                caseId,
                                court,
                                caseNumber,
                                kind,
                                message,
                                at.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    /** Closes the case's open task of this kind, if any. */
    public void done(UUID caseId, String kind, Instant at) {
        jdbc.sql("update judge_task set done_at = ? where case_id = ? and kind = ? and done_at is null")
                .params(at.atOffset(ZoneOffset.UTC), caseId, kind)
                .update();
    }

    public List<Task> open() {
        return jdbc.sql("select * from judge_task where done_at is null order by created_at")
                .query((rs, n) -> new Task(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        rs.getString("court"),
                        rs.getString("case_number"),
                        rs.getString("kind"),
                        rs.getString("message"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
