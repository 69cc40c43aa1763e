package org.smartcourt.judgments;

import java.time.LocalDate;
import java.util.Objects;
import org.smartcourt.docket.CaseId;
import org.smartcourt.documents.DocumentHash;

/**
 * A decision the platform issued and served, to take effect by itself once its appeal period lapses unappealed.
 *
 * @param title the title printed on the document, e.g. 民事裁定书
 * @param document the stored (sealed) document
 * @param decidedOn the date printed on the document
 * @param servedOn the day it was served on the last party to be served (CPL Art. 90 ¶2 and 在线诉讼规则 Art. 31:
 *     electronic service takes effect when the document reaches the address the party gave, e.g. its platform inbox)
 * @param appealPeriod the appeal period that runs from the day after service
 */
public record IssuedDecision(
        CaseId caseId,
        DecisionKind kind,
        String title,
        DocumentHash document,
        LocalDate decidedOn,
        LocalDate servedOn,
        AppealPeriod appealPeriod) {

    public IssuedDecision {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(servedOn, "servedOn");
        Objects.requireNonNull(appealPeriod, "appealPeriod");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A decision has a title");
        }
        if (servedOn.isBefore(decidedOn)) {
            throw new IllegalArgumentException("A decision is served on or after the day it was made");
        }
        title = title.strip();
    }
}
