package org.smartcourt.documents.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartcourt.documents.domain.KeyVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing keys in the {@code signing_key} table, so that every node uses the same authority and seals. Creation takes
 * a transaction-scoped advisory lock named by the alias, and the primary key backs it up: two nodes starting together
 * create one key.
 */
@Repository
class JdbcKeyVault implements KeyVault {

    private final JdbcClient jdbc;

    JdbcKeyVault(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredKey> find(String alias) {
        return jdbc.sql("""
                        select alias, certificate_chain_pem, encrypted_private_key_pem, created_at
                        from signing_key where alias = ?
                        """)
                .param(alias)
                .query((row, number) -> new StoredKey(
                        row.getString("alias"),
                        row.getString("certificate_chain_pem"),
                        row.getString("encrypted_private_key_pem"),
                        row.getTimestamp("created_at").toInstant()))
                .optional();
    }

    @Override
    @Transactional
    public StoredKey findOrCreate(String alias, Supplier<StoredKey> create) {
        var existing = find(alias);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 7000))")
                .param("signing_key:" + alias)
                .query()
                .singleValue();
        var createdMeanwhile = find(alias);
        if (createdMeanwhile.isPresent()) {
            return createdMeanwhile.get();
        }
        var key = create.get();
        jdbc.sql("""
                        insert into signing_key (alias, certificate_chain_pem, encrypted_private_key_pem, created_at)
                        values (?, ?, ?, ?)
                        """)
                .params(alias, key.certificateChainPem(), key.encryptedPrivateKeyPem(), Timestamp.from(key.createdAt()))
                .update();
        return key;
    }
}
