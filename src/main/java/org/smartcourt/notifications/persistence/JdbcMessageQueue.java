package org.smartcourt.notifications.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.MessageKind;
import org.smartcourt.notifications.domain.MessageQueue;
import org.smartcourt.notifications.domain.QueuedMessage;
import org.smartcourt.notifications.domain.Template;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue in table {@code message_queue}. Senders take due rows with {@code for update skip locked} and a lease,
 * so that several nodes share the work and a row taken by a node that died is taken again once the lease ran out.
 */
@Repository
@Transactional
class JdbcMessageQueue implements MessageQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    JdbcMessageQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean enqueue(QueuedMessage message, Instant now) {
        return jdbc.sql("""
                        insert into message_queue (id, reminder_key, channel, recipient, template, arguments, kind,
                            case_id, link, due_at, state, attempts, next_attempt_at, created_at)
                        values (:id, :key, :channel, :recipient, :template, :arguments, :kind, :caseId, :link, :due,
                            'QUEUED', 0, :due, :now)
                        on conflict (reminder_key, channel) do nothing""")
                        .param("id", message.id())
                        .param("key", message.key())
                        .param("channel", message.channel().name())
                        .param("recipient", message.recipient())
                        .param("template", message.template().code())
                        .param("arguments", JSON.writeValueAsString(message.arguments()))
                        .param("kind", message.template().kind().name())
                        .param("caseId", message.caseId())
                        .param("link", message.link())
                        .param("due", utc(message.dueAt()))
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    @Override
    public int cancel(String key, Instant now) {
        return jdbc.sql("""
                        update message_queue set state = 'CANCELLED', decided_at = :now, taken_until = null
                         where reminder_key = :key and state = 'QUEUED'""").param("key", key).param("now", utc(now)).update();
    }

    @Override
    public List<QueuedMessage> takeDue(Instant now, boolean quiet, int limit, Duration lease) {
        return jdbc.sql("""
                        update message_queue set taken_until = :until
                         where id in (
                            select id from message_queue
                             where state = 'QUEUED' and next_attempt_at <= :now
                               and (taken_until is null or taken_until < :now)
                               and (not :quiet or channel = 'INBOX' or kind = 'LEGAL')
                             order by next_attempt_at, id
                             limit :limit
                             for update skip locked)
                        returning *""")
                .param("now", utc(now))
                .param("until", utc(now.plus(lease)))
                .param("quiet", quiet)
                .param("limit", limit)
                .query(JdbcMessageQueue::message)
                .list();
    }

    @Override
    public void sent(UUID id, Instant at, String reference) {
        decide(id, "SENT", at, reference);
    }

    @Override
    public void dropped(UUID id, Instant at, String reason) {
        decide(id, "DROPPED", at, reason);
    }

    @Override
    public void givenUp(UUID id, Instant at, String reason) {
        jdbc.sql("""
                        update message_queue set state = 'FAILED', attempts = attempts + 1, decided_at = :at,
                            outcome = :reason, taken_until = null where id = :id and state = 'QUEUED'""")
                .param("id", id)
                .param("at", utc(at))
                .param("reason", reason)
                .update();
    }

    @Override
    public void retry(UUID id, Instant next, String reason) {
        jdbc.sql("""
                        update message_queue set attempts = attempts + 1, next_attempt_at = :next, outcome = :reason,
                            taken_until = null where id = :id and state = 'QUEUED'""")
                .param("id", id)
                .param("next", utc(next))
                .param("reason", reason)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Channel, String> states(String key) {
        var states = new EnumMap<Channel, String>(Channel.class);
        jdbc.sql("select channel, state from message_queue where reminder_key = :key")
                .param("key", key)
                .query((rs, row) -> states.put(Channel.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
        return states;
    }

    private void decide(UUID id, String state, Instant at, String outcome) {
        jdbc.sql("""
                        update message_queue set state = :state, decided_at = :at, outcome = :outcome,
                            taken_until = null where id = :id and state = 'QUEUED'""")
                .param("id", id)
                .param("state", state)
                .param("at", utc(at))
                .param("outcome", outcome)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static QueuedMessage message(ResultSet rs, int row) throws SQLException {
        var template = Template.byCode(rs.getString("template"));
        if (template.kind() != MessageKind.valueOf(rs.getString("kind"))) {
            throw new IllegalStateException("Queued message " + rs.getString("id") + " changed its kind");
        }
        return new QueuedMessage(
                rs.getObject("id", UUID.class),
                rs.getString("reminder_key"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("recipient"),
                template,
                JSON.readValue(rs.getString("arguments"), STRINGS),
                rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                rs.getObject("case_id", UUID.class),
                rs.getString("link"),
                rs.getInt("attempts"));
    }
}
