package org.smartcourt.documents.store;

import java.util.Optional;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.domain.DocumentStore;
import org.smartcourt.documents.domain.TamperedContentException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Documents as objects in an S3-compatible bucket, keyed {@code documents/ab/cd/abcd…}, for nodes that share no disk.
 * Objects are written with {@code If-None-Match: *} where the store supports it, so an existing object is never
 * replaced.
 */
public class S3DocumentStore implements DocumentStore {

    private static final int PRECONDITION_FAILED = 412;
    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final String bucket;

    public S3DocumentStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public DocumentHash put(byte[] content) {
        var hash = DocumentHash.of(content);
        if (exists(hash)) {
            return hash;
        }
        try {
            s3.putObject(
                    request -> request.bucket(bucket)
                            .key(keyOf(hash))
                            .contentType("application/octet-stream")
                            .ifNoneMatch("*"),
                    RequestBody.fromBytes(content));
        } catch (S3Exception e) {
            if (e.statusCode() != PRECONDITION_FAILED) {
                throw e;
            }
            // Another node stored the same bytes first.
        }
        return hash;
    }

    @Override
    public Optional<byte[]> get(DocumentHash hash) {
        try {
            var content = s3.getObjectAsBytes(request -> request.bucket(bucket).key(keyOf(hash)))
                    .asByteArray();
            var actual = DocumentHash.of(content);
            if (!actual.equals(hash)) {
                throw new TamperedContentException(hash, actual);
            }
            return Optional.of(content);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(DocumentHash hash) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(keyOf(hash)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    static String keyOf(DocumentHash hash) {
        var value = hash.value();
        return "documents/" + value.substring(0, 2) + "/" + value.substring(2, 4) + "/" + value;
    }
}
