package org.smartcourt.notifications.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.notifications.domain.Inbox;
import org.smartcourt.notifications.domain.InboxMessage;
import org.smartcourt.notifications.domain.MessageText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The inbox in table {@code inbox_message}; message arguments are kept as JSON arrays of strings. */
@Repository
class JdbcInbox implements Inbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    JdbcInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean deliver(InboxMessage message) {
        return jdbc.sql("""
                        insert into inbox_message (id, recipient, source_event, subject_code, subject_args, body_code,
                            body_args, case_id, document_hash, created_at, read_at, link)
                        values (:id, :recipient, :source, :subjectCode, :subjectArgs, :bodyCode, :bodyArgs, :caseId,
                            :hash, :createdAt, :readAt, :link)
                        on conflict (recipient, source_event) do nothing""")
                        .param("id", message.id())
                        .param("recipient", message.recipient())
                        .param("source", message.sourceEvent())
                        .param("subjectCode", message.subject().code())
                        .param(
                                "subjectArgs",
                                JSON.writeValueAsString(message.subject().arguments()))
                        .param("bodyCode", message.body().code())
                        .param(
                                "bodyArgs",
                                JSON.writeValueAsString(message.body().arguments()))
                        .param("caseId", message.caseId())
                        .param("hash", message.documentHash())
                        .param("createdAt", Timestamp.from(message.createdAt()))
                        .param("readAt", timestamp(message.readAt()))
                        .param("link", message.link())
                        .update()
                == 1;
    }

    @Override
    public boolean hasMessageFrom(String recipient, String sourceEvent) {
        return jdbc.sql("select count(*) from inbox_message where recipient = :recipient and source_event = :source")
                        .param("recipient", recipient)
                        .param("source", sourceEvent)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public Optional<UUID> idOf(String recipient, String sourceEvent) {
        return jdbc.sql("select id from inbox_message where recipient = :recipient and source_event = :source")
                .param("recipient", recipient)
                .param("source", sourceEvent)
                .query(UUID.class)
                .optional();
    }

    @Override
    public List<InboxMessage> of(String recipient) {
        return jdbc.sql("select * from inbox_message where recipient = :recipient order by created_at desc, id")
                .param("recipient", recipient)
                .query(JdbcInbox::message)
                .list();
    }

    @Override
    public Optional<InboxMessage> find(UUID id) {
        return jdbc.sql("select * from inbox_message where id = :id")
                .param("id", id)
                .query(JdbcInbox::message)
                .optional();
    }

    @Override
    public void markRead(UUID id, Instant at) {
        jdbc.sql("update inbox_message set read_at = :at where id = :id and read_at is null")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static InboxMessage message(ResultSet rs, int row) throws SQLException {
        var readAt = rs.getTimestamp("read_at");
        return new InboxMessage(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                rs.getString("source_event"),
                new MessageText(rs.getString("subject_code"), JSON.readValue(rs.getString("subject_args"), STRINGS)),
                new MessageText(rs.getString("body_code"), JSON.readValue(rs.getString("body_args"), STRINGS)),
                rs.getObject("case_id", UUID.class),
                rs.getString("document_hash"),
                rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant(),
                rs.getString("link"));
    }
}
