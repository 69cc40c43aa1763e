package org.smartcourt.documents;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the document store and the court e-seals.
 *
 * @param store where document bytes live: {@code filesystem} (under {@code smartcourt.data-dir}/documents) or
 *     {@code s3}
 * @param s3 the S3-compatible bucket when {@code store=s3}
 * @param keyPassword the key-encryption password for the private keys at rest; when unset one is generated once under
 *     {@code smartcourt.data-dir}/keys (set it on every node when several nodes share a database)
 * @param seals court seals imported from a real CA instead of the platform's own, keyed by court code
 * @param maxUploadSize the largest PDF the public verification accepts
 */
@ConfigurationProperties("smartcourt.documents")
public record DocumentsProperties(
        @DefaultValue("filesystem") StoreKind store,
        @DefaultValue S3 s3,
        @Nullable String keyPassword,
        Map<String, ImportedSeal> seals,
        @DefaultValue("10MB") DataSize maxUploadSize) {

    public DocumentsProperties {
        seals = seals == null ? Map.of() : Map.copyOf(seals);
    }

    /** The kinds of document store. */
    public enum StoreKind {
        FILESYSTEM,
        S3
    }

    /**
     * @param endpoint the S3 endpoint; unset for AWS itself
     * @param pathStyle address the bucket in the path rather than the host name (MinIO, Ceph and most other
     *     S3-compatible stores need this)
     */
    public record S3(
            @Nullable URI endpoint,
            @DefaultValue("smartcourt-documents") String bucket,
            @DefaultValue("us-east-1") String region,
            @Nullable String accessKey,
            @Nullable String secretKey,
            @DefaultValue("true") boolean pathStyle) {}

    /** A PKCS#12 file holding a court's seal key and certificate chain, issued by a real CA. */
    public record ImportedSeal(Path pkcs12, @Nullable String password) {}
}
