package org.smartcourt.delivery.application;

import java.time.LocalDate;
import org.smartcourt.courts.Courts;
import org.smartcourt.delivery.domain.AcceptanceNotice;
import org.smartcourt.delivery.domain.CaseFacts;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.Documents;
import org.springframework.stereotype.Component;

/** Issues the acceptance notice (受理案件通知书) of a registered case, sealed by its court. */
@Component
class IssueAcceptanceNotice {

    static final String DOCUMENT_TYPE = "acceptance-notice";

    private final Documents documents;
    private final Courts courts;
    private final java.time.Clock clock;

    IssueAcceptanceNotice(Documents documents, Courts courts, java.time.Clock clock) {
        this.documents = documents;
        this.courts = courts;
        this.clock = clock;
    }

    DocumentHash issue(CaseFacts facts, CaseOutline outline) {
        var number = facts.caseNumber().toString();
        var notice = new AcceptanceNotice(
                outline.namesOf(PartyRole.PLAINTIFF),
                outline.namesOf(PartyRole.DEFENDANT),
                facts.cause(),
                number,
                facts.procedure(),
                LocalDate.ofInstant(facts.registeredAt(), clock.getZone()));
        var courtName = courts.find(facts.court())
                .map(court -> court.name())
                .orElse(facts.court().value());
        return documents
                .issueSealed(
                        facts.court(), courtName, AcceptanceNotice.TITLE, DOCUMENT_TYPE, notice.xhtmlBody(), number)
                .hash();
    }
}
