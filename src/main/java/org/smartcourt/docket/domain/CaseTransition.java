package org.smartcourt.docket.domain;

import java.util.EnumSet;
import java.util.Set;

/** The legal moves of a case: from which states each one may start and where it leads. */
public enum CaseTransition {
    // CPL Art. 126: register within 7 days when the conditions of Art. 122 are met.
    REGISTER(EnumSet.of(CaseStatus.FILED), CaseStatus.REGISTERED),
    // 在线诉讼规则 Art. 9(2): one request for correction listing every defect.
    REQUEST_CORRECTION(EnumSet.of(CaseStatus.FILED), CaseStatus.CORRECTION_REQUESTED),
    RESUBMIT(EnumSet.of(CaseStatus.CORRECTION_REQUESTED), CaseStatus.FILED),
    // CPL Art. 126: a ruling of non-acceptance, also when corrections are not made.
    REFUSE(EnumSet.of(CaseStatus.FILED, CaseStatus.CORRECTION_REQUESTED), CaseStatus.REFUSED),
    // A reassignment keeps the case assigned.
    ASSIGN_JUDGE(EnumSet.of(CaseStatus.REGISTERED, CaseStatus.ASSIGNED), CaseStatus.ASSIGNED),
    WITHDRAW(
            EnumSet.of(CaseStatus.FILED, CaseStatus.CORRECTION_REQUESTED, CaseStatus.REGISTERED, CaseStatus.ASSIGNED),
            CaseStatus.WITHDRAWN),
    // CPL Art. 37: a court without jurisdiction transfers a case it has accepted.
    TRANSFER(EnumSet.of(CaseStatus.REGISTERED, CaseStatus.ASSIGNED), CaseStatus.TRANSFERRED),
    CLOSE(EnumSet.of(CaseStatus.ASSIGNED), CaseStatus.CLOSED);

    private final Set<CaseStatus> from;
    private final CaseStatus to;

    CaseTransition(Set<CaseStatus> from, CaseStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    public CaseStatus target() {
        return to;
    }
}
