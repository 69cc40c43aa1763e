package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.smartcourt.docket.Procedure;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;

/** What service needs to know of a registered case, kept from the docket's registration event. */
public record CaseFacts(
        UUID caseId, CaseNumber caseNumber, CourtCode court, Procedure procedure, String cause, Instant registeredAt) {

    public CaseFacts {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public static CaseFacts of(org.smartcourt.docket.CaseRegistered registered) {
        return new CaseFacts(
                registered.caseId().value(),
                registered.caseNumber(),
                registered.court(),
                registered.procedure(),
                registered.cause().name(),
                registered.registeredAt());
    }
}
