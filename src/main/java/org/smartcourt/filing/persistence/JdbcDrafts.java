package org.smartcourt.filing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartcourt.filing.domain.Answers;
import org.smartcourt.filing.domain.Attachment;
import org.smartcourt.filing.domain.AttachmentKind;
import org.smartcourt.filing.domain.ConcurrentDraftChange;
import org.smartcourt.filing.domain.Draft;
import org.smartcourt.filing.domain.DraftStatus;
import org.smartcourt.filing.domain.Drafts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Drafts in {@code filing_draft} with their answers as JSONB; saving checks the version (optimistic lock). */
@Repository
class JdbcDrafts implements Drafts {

    private static final String COLUMNS =
            "id, owner, court, schema_id, schema_version, answers::text as answers, status,"
                    + " case_id, complaint_hash, created_at, updated_at, submitted_at, version";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcDrafts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(Draft draft) {
        jdbc.sql("""
                        insert into filing_draft (id, owner, court, schema_id, schema_version, answers, status,
                            created_at, updated_at, version)
                        values (:id, :owner, :court, :schema, :schemaVersion, cast(:answers as jsonb), :status,
                            :createdAt, :updatedAt, 0)
                        """)
                .param("id", draft.id())
                .param("owner", draft.owner())
                .param("court", draft.court())
                .param("schema", draft.schemaId())
                .param("schemaVersion", draft.schemaVersion())
                .param("answers", json.writeValueAsString(draft.answers()))
                .param("status", draft.status().name())
                .param("createdAt", Timestamp.from(draft.createdAt()))
                .param("updatedAt", Timestamp.from(draft.updatedAt()))
                .update();
    }

    @Override
    public Optional<Draft> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from filing_draft where id = :id")
                .param("id", id)
                .query(this::draft)
                .optional();
    }

    @Override
    public List<Draft> of(String owner) {
        return jdbc.sql("select " + COLUMNS + " from filing_draft where owner = :owner order by updated_at desc")
                .param("owner", owner)
                .query(this::draft)
                .list();
    }

    @Override
    public Optional<Draft> ofCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from filing_draft where case_id = :caseId")
                .param("caseId", caseId)
                .query(this::draft)
                .optional();
    }

    @Override
    public void save(Draft draft, long expectedVersion) {
        var updated = jdbc.sql("""
                        update filing_draft set court = :court, answers = cast(:answers as jsonb), status = :status, case_id = :caseId,
                            complaint_hash = :complaintHash, updated_at = :updatedAt, submitted_at = :submittedAt,
                            version = version + 1
                        where id = :id and version = :version and status = 'DRAFT'
                        """)
                .param("court", draft.court())
                .param("answers", json.writeValueAsString(draft.answers()))
                .param("status", draft.status().name())
                .param("caseId", draft.caseId())
                .param("complaintHash", draft.complaintHash())
                .param("updatedAt", Timestamp.from(draft.updatedAt()))
                .param("submittedAt", draft.submittedAt() == null ? null : Timestamp.from(draft.submittedAt()))
                .param("id", draft.id())
                .param("version", expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConcurrentDraftChange(draft.id());
        }
        for (var attachment : draft.attachments()) {
            jdbc.sql("""
                            insert into filing_attachment (draft_id, hash, kind, file_name, media_type, size, added_at)
                            values (:draft, :hash, :kind, :fileName, :mediaType, :size, :addedAt)
                            on conflict (draft_id, hash, kind) do nothing
                            """)
                    .param("draft", draft.id())
                    .param("hash", attachment.hash())
                    .param("kind", attachment.kind().name())
                    .param("fileName", attachment.fileName())
                    .param("mediaType", attachment.mediaType())
                    .param("size", attachment.size())
                    .param("addedAt", Timestamp.from(attachment.addedAt()))
                    .update();
        }
    }

    private Draft draft(ResultSet row, int rowNumber) throws SQLException {
        var id = row.getObject("id", UUID.class);
        return new Draft(
                id,
                row.getString("owner"),
                row.getString("court"),
                row.getString("schema_id"),
                row.getInt("schema_version"),
                json.readValue(row.getString("answers"), Answers.class),
                DraftStatus.valueOf(row.getString("status")),
                row.getObject("case_id", UUID.class),
                row.getString("complaint_hash"),
                attachments(id),
                instant(row, "created_at"),
                instant(row, "updated_at"),
                row.getTimestamp("submitted_at") == null ? null : instant(row, "submitted_at"),
                row.getLong("version"));
    }

    private List<Attachment> attachments(UUID draft) {
        return jdbc.sql("""
                        select hash, kind, file_name, media_type, size, added_at from filing_attachment
                        where draft_id = :draft order by added_at, hash
                        """)
                .param("draft", draft)
                .query((row, n) -> new Attachment(
                        row.getString("hash"),
                        AttachmentKind.valueOf(row.getString("kind")),
                        row.getString("file_name"),
                        row.getString("media_type"),
                        row.getLong("size"),
                        instant(row, "added_at")))
                .list();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }
}
