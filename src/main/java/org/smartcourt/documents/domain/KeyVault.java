package org.smartcourt.documents.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Signing keys at rest: certificates and encrypted private keys, shared by every node. */
public interface KeyVault {

    Optional<StoredKey> find(String alias);

    /**
     * The key under the alias; when there is none, creates it with the supplier while holding a lock that every node
     * respects, so that two nodes starting together end up with one key.
     */
    StoredKey findOrCreate(String alias, Supplier<StoredKey> create);

    /**
     * @param certificateChainPem the certificate and the certificates that issued it, leaf first, in PEM
     * @param encryptedPrivateKeyPem the private key as an encrypted PKCS#8 PEM block
     */
    record StoredKey(String alias, String certificateChainPem, String encryptedPrivateKeyPem, Instant createdAt) {}
}
