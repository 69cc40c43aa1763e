package org.smartcourt.filing.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.filing.domain.Defence;
import org.smartcourt.filing.domain.Defences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Answers in {@code filing_defence}, as JSONB. */
@Repository
class JdbcDefences implements Defences {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcDefences(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<Stored> find(UUID caseId, String defendant) {
        return jdbc.sql("""
                        select defence::text as defence, answer_hash from filing_defence
                        where case_id = :caseId and defendant = :defendant
                        """)
                .param("caseId", caseId)
                .param("defendant", defendant)
                .query((row, n) -> new Stored(
                        json.readValue(row.getString("defence"), Defence.class), row.getString("answer_hash")))
                .optional();
    }

    @Override
    public void save(UUID caseId, String defendant, UUID draftId, Defence defence, @Nullable String answerHash) {
        jdbc.sql("""
                        insert into filing_defence (case_id, defendant, draft_id, defence, answer_hash, updated_at)
                        values (:caseId, :defendant, :draftId, cast(:defence as jsonb), :hash, :now)
                        on conflict (case_id, defendant) do update
                        set defence = excluded.defence, answer_hash = excluded.answer_hash,
                            updated_at = excluded.updated_at
                        """)
                .param("caseId", caseId)
                .param("defendant", defendant)
                .param("draftId", draftId)
                .param("defence", json.writeValueAsString(defence))
                .param("hash", answerHash)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
