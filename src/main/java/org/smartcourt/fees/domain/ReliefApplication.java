package org.smartcourt.fees.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application for fee relief (司法救助申请) against a case's fee notice, and the court's decision on it.
 *
 * @param applicant the username of whoever applied: the plaintiff or the plaintiff's lawyer
 * @param partyName the plaintiff the relief is for
 * @param naturalPerson whether that plaintiff is a natural person (Art. 44 ¶2)
 * @param granted the relief granted, when granted; it may differ from the one requested
 * @param reasons the court's reasons; required for a refusal (Art. 48 ¶3)
 */
public record ReliefApplication(
        UUID id,
        UUID caseId,
        UUID noticeId,
        String court,
        String caseNumber,
        String applicant,
        String partyName,
        boolean naturalPerson,
        ReliefTerms requested,
        Set<ReliefGround> grounds,
        String statement,
        List<ReliefEvidence> evidence,
        Status status,
        @Nullable ReliefTerms granted,
        @Nullable String reasons,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        Instant appliedAt) {

    /** Where an application stands. */
    public enum Status {
        PENDING,
        GRANTED,
        REFUSED
    }

    public ReliefApplication {
        Objects.requireNonNull(requested, "requested");
        grounds = Set.copyOf(grounds);
        evidence = List.copyOf(evidence);
        if (status == Status.GRANTED && granted == null) {
            throw new IllegalArgumentException("A granted application says what was granted");
        }
    }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
