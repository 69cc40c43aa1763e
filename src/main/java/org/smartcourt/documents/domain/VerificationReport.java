package org.smartcourt.documents.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.shared.CourtCode;

/**
 * The answer to "is this document genuine?". Who sealed it and when are given only for a genuine document, from the
 * platform's own record.
 *
 * @param hash the SHA-256 of the uploaded file, or of the document the code names
 */
public record VerificationReport(
        Verdict verdict,
        @Nullable DocumentHash hash,
        @Nullable CourtCode court,
        @Nullable String courtName,
        @Nullable Instant sealedAt,
        @Nullable String documentTitle) {

    public static VerificationReport of(Verdict verdict, @Nullable DocumentHash hash) {
        return new VerificationReport(verdict, hash, null, null, null, null);
    }

    public static VerificationReport genuine(SealRecord record) {
        return new VerificationReport(
                Verdict.GENUINE, record.hash(), record.court(), record.courtName(), record.sealedAt(), record.title());
    }
}
