package org.smartcourt.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.smartcourt.delivery.domain.AutomaticItem;
import org.smartcourt.delivery.domain.AutomaticTask;
import org.smartcourt.delivery.domain.AutomaticTasks;
import org.smartcourt.shared.CourtCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Automatic services of registered cases in {@code automatic_service}. */
@Repository
class JdbcAutomaticTasks implements AutomaticTasks {

    private final JdbcClient jdbc;

    JdbcAutomaticTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addOnce(AutomaticTask task) {
        jdbc.sql("""
                insert into automatic_service (case_id, item, court, case_number, status, reason_code, reason_args,
                    attempts, due_on, document_hash, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """).params(values(task)).update();
    }

    @Override
    public void update(AutomaticTask task) {
        jdbc.sql("""
                update automatic_service set status = ?, reason_code = ?, reason_args = ?, attempts = ?,
                    document_hash = ?, updated_at = ?
                where case_id = ? and item = ?
                """)
                .params(
                        task.status().name(),
                        task.reasonCode(),
                        task.reasonArguments().toArray(String[]::new),
                        task.attempts(),
                        task.documentHash(),
                        Rows.timestamp(task.updatedAt()),
                        task.caseId(),
                        task.item().name())
                .update();
    }

    @Override
    public List<AutomaticTask> ofCase(UUID caseId) {
        return jdbc
                .sql("select * from automatic_service where case_id = ? order by item")
                .param(caseId)
                .query(JdbcAutomaticTasks::task)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(AutomaticTask::item))
                .toList();
    }

    @Override
    public java.util.Optional<AutomaticTask> lock(UUID caseId, AutomaticItem item) {
        return jdbc.sql("select * from automatic_service where case_id = ? and item = ? for update")
                .params(caseId, item.name())
                .query(JdbcAutomaticTasks::task)
                .optional();
    }

    @Override
    public List<UUID> casesToRetry(int maxAttempts) {
        return jdbc.sql("""
                select distinct case_id from automatic_service
                where status in ('PENDING', 'FAILED') and attempts < ?
                """)
                .param(maxAttempts)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    @Override
    public List<AutomaticTask> openAt(CourtCode court) {
        return jdbc.sql("""
                select * from automatic_service where court = ? and status in ('PENDING', 'FAILED')
                order by due_on, case_number, item
                """)
                .param(court.value())
                .query(JdbcAutomaticTasks::task)
                .list();
    }

    private static Object[] values(AutomaticTask task) {
        return new Object[] {
            task.caseId(),
            task.item().name(),
            task.court(),
            task.caseNumber(),
            task.status().name(),
            task.reasonCode(),
            task.reasonArguments().toArray(String[]::new),
            task.attempts(),
            task.dueOn(),
            task.documentHash(),
            Rows.timestamp(task.updatedAt())
        };
    }

    private static AutomaticTask task(ResultSet rs, int row) throws SQLException {
        return new AutomaticTask(
                rs.getObject("case_id", UUID.class),
                AutomaticItem.valueOf(rs.getString("item")),
                rs.getString("court"),
                rs.getString("case_number"),
                AutomaticTask.Status.valueOf(rs.getString("status")),
                rs.getString("reason_code"),
                Rows.strings(rs, "reason_args"),
                rs.getInt("attempts"),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("document_hash"),
                Rows.requiredInstant(rs, "updated_at"));
    }
}
