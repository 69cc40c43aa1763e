package org.smartcourt.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CourtCode;

/** A court sealed and issued a PDF; the document can be opened with {@link Documents#open(DocumentHash)}. */
public record DocumentIssued(
        DocumentHash hash,
        String verificationCode,
        CourtCode court,
        String documentType,
        @Nullable String caseReference,
        Instant sealedAt) {}
