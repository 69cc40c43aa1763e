package org.smartcourt.documents.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.smartcourt.documents.domain.Verdict;
import org.smartcourt.documents.domain.VerificationReport;

/**
 * The verification answer as the API gives it.
 *
 * @param sealedBy who sealed it; only for a genuine document
 * @param sealedAt when, in court time (Asia/Shanghai)
 * @param hash the SHA-256 of the checked file, or of the document the code names
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VerificationResult(
        Verdict status,
        @Nullable SealedBy sealedBy,
        @Nullable OffsetDateTime sealedAt,
        @Nullable String documentTitle,
        @Nullable String hash) {

    private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");

    record SealedBy(String court, String courtName) {}

    static VerificationResult of(VerificationReport report) {
        return new VerificationResult(
                report.verdict(),
                report.court() == null || report.courtName() == null
                        ? null
                        : new SealedBy(report.court().value(), report.courtName()),
                report.sealedAt() == null
                        ? null
                        : report.sealedAt().atZone(COURT_TIME).toOffsetDateTime(),
                report.documentTitle(),
                report.hash() == null ? null : report.hash().value());
    }
}
