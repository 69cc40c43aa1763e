package org.smartcourt.judgments;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.CaseId;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.shared.CourtCode;

/**
 * A decision of a case took legal effect — or, for a first-instance decision that was appealed, the second instance
 * concluded it — so that the periods that run from effect start: publication within 7 working days (法释〔2016〕19号
 * Art. 7), retrial applications, enforcement.
 *
 * @param decisionId the decision's identity in this module; one event per decision
 * @param caseNumber the case number as printed, null for a case refused before registration
 * @param caseType the case-type code (类型代字) of the case, e.g. 民初
 * @param cause the cause of action (案由), when the case has one
 * @param effectiveOn the day it took effect; for an appealed first-instance decision, the day the second-instance
 *     decision took effect (CPL Art. 182), which is the day from which Art. 7 counts
 * @param concludedByAppeal the appeal case whose decision concluded this one; null when it took effect itself
 */
public record DocumentTookEffect(
        UUID decisionId,
        CaseId caseId,
        CourtCode court,
        @Nullable String caseNumber,
        String caseType,
        @Nullable String cause,
        DecisionKind kind,
        String title,
        DocumentHash document,
        LocalDate decidedOn,
        LocalDate effectiveOn,
        @Nullable CaseId concludedByAppeal) {

    public DocumentTookEffect {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    /** Whether the decision was appealed and is published after the second instance (Art. 7, second sentence). */
    public boolean appealed() {
        return concludedByAppeal != null;
    }
}
