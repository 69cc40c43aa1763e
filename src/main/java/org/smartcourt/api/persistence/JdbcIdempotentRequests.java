package org.smartcourt.api.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.smartcourt.api.domain.IdempotencyKey;
import org.smartcourt.api.domain.IdempotentRequest;
import org.smartcourt.api.domain.IdempotentRequests;
import org.smartcourt.api.domain.RequestFingerprint;
import org.smartcourt.api.domain.StoredResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code idempotent_request} table; the unique (scope, key) constraint arbitrates between nodes. */
@Repository
class JdbcIdempotentRequests implements IdempotentRequests {

    private final JdbcClient jdbc;

    JdbcIdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String scope, IdempotencyKey key, RequestFingerprint fingerprint, Instant at) {
        return jdbc.sql("""
                        insert into idempotent_request (scope, idempotency_key, fingerprint, created_at)
                        values (:scope, :key, :fingerprint, :at)
                        on conflict (scope, idempotency_key) do nothing""")
                        .param("scope", scope)
                        .param("key", key.value())
                        .param("fingerprint", fingerprint.sha256())
                        .param("at", utc(at))
                        .update()
                == 1;
    }

    @Override
    public Optional<IdempotentRequest> find(String scope, IdempotencyKey key) {
        return jdbc.sql("""
                        select scope, idempotency_key, fingerprint, response_status, response_content_type,
                               response_location, response_body, created_at
                          from idempotent_request
                         where scope = :scope and idempotency_key = :key""")
                .param("scope", scope)
                .param("key", key.value())
                .query(JdbcIdempotentRequests::request)
                .optional();
    }

    private static IdempotentRequest request(ResultSet row, int number) throws SQLException {
        int status = row.getInt("response_status");
        var response = row.wasNull()
                ? null
                : new StoredResponse(
                        status,
                        row.getString("response_content_type"),
                        row.getString("response_location"),
                        row.getBytes("response_body"));
        return new IdempotentRequest(
                row.getString("scope"),
                new IdempotencyKey(row.getString("idempotency_key")),
                new RequestFingerprint(row.getString("fingerprint")),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                response);
    }

    @Override
    public void complete(String scope, IdempotencyKey key, StoredResponse response, Instant at) {
        jdbc.sql("""
                        update idempotent_request
                           set response_status = :status, response_content_type = :contentType,
                               response_location = :location, response_body = :body, completed_at = :at
                         where scope = :scope and idempotency_key = :key and completed_at is null""")
                .param("status", response.status())
                .param("contentType", response.contentType())
                .param("location", response.location())
                .param("body", response.body())
                .param("at", utc(at))
                .param("scope", scope)
                .param("key", key.value())
                .update();
    }

    @Override
    public void release(String scope, IdempotencyKey key) {
        jdbc.sql("""
                        delete from idempotent_request
                         where scope = :scope and idempotency_key = :key and completed_at is null""").param("scope", scope).param("key", key.value()).update();
    }

    @Override
    public void remove(IdempotentRequest request) {
        jdbc.sql("""
                        delete from idempotent_request
                         where scope = :scope and idempotency_key = :key and created_at = :createdAt""")
                .param("scope", request.scope())
                .param("key", request.key().value())
                .param("createdAt", utc(request.createdAt()))
                .update();
    }

    @Override
    public int removeCreatedBefore(Instant instant) {
        return jdbc.sql("delete from idempotent_request where created_at < :instant")
                .param("instant", utc(instant))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
