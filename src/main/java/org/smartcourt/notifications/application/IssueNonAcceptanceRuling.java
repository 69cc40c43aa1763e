package org.smartcourt.notifications.application;

import java.time.Clock;
import java.util.List;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.courts.Courts;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.FilingRefused;
import org.smartcourt.docket.NewNode;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.documents.Documents;
import org.smartcourt.documents.IssuedDocument;
import org.smartcourt.notifications.domain.NonAcceptanceRuling;
import org.springframework.stereotype.Component;

/**
 * Issues the sealed ruling not to accept a case (不予受理民事裁定书, CPL Art. 126) and records it on the case's
 * timeline. The appeal goes to the court at the next level up (CPL Art. 171).
 */
@Component
class IssueNonAcceptanceRuling {

    static final String DOCUMENT_TYPE = "non-acceptance-ruling";

    private final Documents documents;
    private final Courts courts;
    private final Docket docket;
    private final Clock clock;

    IssueNonAcceptanceRuling(Documents documents, Courts courts, Docket docket, Clock clock) {
        this.documents = documents;
        this.courts = courts;
        this.docket = docket;
        this.clock = clock;
    }

    IssuedDocument issue(CaseOutline outline, FilingRefused refused) {
        var court = courts.find(outline.court())
                .orElseThrow(() -> new IllegalStateException("Unknown court " + outline.court()));
        var ruling = new NonAcceptanceRuling(
                outline.namesOf(PartyRole.PLAINTIFF),
                outline.namesOf(PartyRole.DEFENDANT),
                outline.filedAt().atZone(clock.getZone()).toLocalDate(),
                refused.reasons(),
                superiorOf(court));
        var issued = documents.issueSealed(
                court.code(), court.name(), NonAcceptanceRuling.TITLE, DOCUMENT_TYPE, ruling.xhtmlBody(), null);
        docket.recordNode(
                outline.caseId(),
                new NewNode(
                        ActorRole.COURT,
                        court.name(),
                        "notifications.node.rulingIssued",
                        List.of(issued.verificationCode()),
                        List.of(issued.hash().value()),
                        null));
        return issued;
    }

    private String superiorOf(CourtSummary court) {
        var parent = court.parentCode();
        if (parent == null) {
            // The Supreme People's Court has no superior; its rulings take effect at once.
            return court.name();
        }
        return courts.find(parent).map(CourtSummary::name).orElse(parent.value());
    }
}
