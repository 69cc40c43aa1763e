package org.smartcourt.notifications.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.Dispatch;
import org.smartcourt.notifications.domain.Claim;
import org.smartcourt.notifications.domain.Dispatches;
import org.smartcourt.notifications.domain.Handover;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The dispatches in table {@code message_dispatch}; the unique key, channel and address make a claim exclusive. */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class JdbcDispatches implements Dispatches {

    private final JdbcClient jdbc;

    JdbcDispatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Claim claim(String key, Channel channel, String address, Instant now, Duration lease) {
        var inserted = jdbc.sql("""
                        insert into message_dispatch (message_key, channel, address, state, attempts, claimed_at)
                        values (:key, :channel, :address, 'SENDING', 1, :now)
                        on conflict (message_key, channel, address) do nothing
                        returning id""")
                .param("key", key)
                .param("channel", channel.name())
                .param("address", address)
                .param("now", utc(now))
                .query(Long.class)
                .optional();
        if (inserted.isPresent()) {
            return new Claim.Granted(inserted.get(), 1);
        }
        var row = jdbc.sql("""
                        select * from message_dispatch
                         where message_key = :key and channel = :channel and address = :address for update""")
                .param("key", key)
                .param("channel", channel.name())
                .param("address", address)
                .query(Row::of)
                .single();
        if (row.state().equals("ACCEPTED")) {
            return new Claim.Decided(row.dispatch());
        }
        if (row.state().equals("SENDING") && row.claimedAt().plus(lease).isAfter(now)) {
            return new Claim.Busy();
        }
        // Refused before, or claimed by a sender that never came back: this sender tries again.
        jdbc.sql("""
                        update message_dispatch set state = 'SENDING', attempts = attempts + 1, claimed_at = :now,
                            decided_at = null where id = :id""").param("id", row.id()).param("now", utc(now)).update();
        return new Claim.Granted(row.id(), row.attempts() + 1);
    }

    @Override
    public Dispatch decide(Claim.Granted claim, String key, Channel channel, Instant when, Handover handover) {
        // PostgreSQL keeps microseconds: the outcome given now is the one read back later.
        var at = when.truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        update message_dispatch set state = :state, reference = :reference, failure = :failure,
                            decided_at = :at where id = :id""")
                .param("id", claim.id())
                .param("state", handover.accepted() ? "ACCEPTED" : "REFUSED")
                .param("reference", handover.reference())
                .param("failure", handover.failure())
                .param("at", utc(at))
                .update();
        return new Dispatch(key, channel, handover.accepted(), at, handover.reference(), handover.failure());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Dispatch> find(String key, Channel channel, String address) {
        return jdbc.sql("""
                        select * from message_dispatch
                         where message_key = :key and channel = :channel and address = :address""")
                .param("key", key)
                .param("channel", channel.name())
                .param("address", address)
                .query(Row::of)
                .optional()
                .filter(row -> !row.state().equals("SENDING"))
                .map(Row::dispatch);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Row(
            long id,
            String key,
            Channel channel,
            String state,
            @Nullable String reference,
            @Nullable String failure,
            int attempts,
            Instant claimedAt,
            @Nullable Instant decidedAt) {

        static Row of(ResultSet rs, int row) throws SQLException {
            var decided = rs.getObject("decided_at", OffsetDateTime.class);
            return new Row(
                    rs.getLong("id"),
                    rs.getString("message_key"),
                    Channel.valueOf(rs.getString("channel")),
                    rs.getString("state"),
                    rs.getString("reference"),
                    rs.getString("failure"),
                    rs.getInt("attempts"),
                    rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
                    decided == null ? null : decided.toInstant());
        }

        Dispatch dispatch() {
            return new Dispatch(
                    key,
                    channel,
                    state.equals("ACCEPTED"),
                    decidedAt == null ? claimedAt : decidedAt,
                    reference,
                    failure);
        }
    }
}
