package org.smartcourt.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.CaseId;

/**
 * A document took legal effect as served on one party.
 *
 * @param serviceId the service (one document to one recipient)
 * @param documentHash the SHA-256 hex hash of the document served
 * @param recipientName the party's name
 * @param effectiveAt when service took effect
 * @param basis why it took effect then, e.g. {@code ARRIVED_AT_CONFIRMED_ADDRESS}, {@code PUBLIC_NOTICE}
 * @param periodKind the period the service starts ({@code ANSWER}, {@code APPEAL}), if any
 * @param periodEnds the last day of that period, moved past rest days (CPL Art. 85)
 */
public record DocumentServed(
        UUID serviceId,
        CaseId caseId,
        String documentHash,
        DocumentKind kind,
        String recipientName,
        Instant effectiveAt,
        String basis,
        @Nullable String periodKind,
        @Nullable LocalDate periodEnds) {}
