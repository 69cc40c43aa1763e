package org.smartcourt.filing.application;

import java.util.List;
import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.Documents;
import org.smartcourt.filing.domain.AnswerLayout;
import org.smartcourt.filing.domain.Defence;
import org.smartcourt.filing.domain.Defences;
import org.smartcourt.filing.domain.Draft;
import org.smartcourt.filing.domain.Drafts;
import org.smartcourt.filing.domain.ElementCheck;
import org.smartcourt.filing.domain.PartyAnswer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A defendant whose account the complaint names drafts the answer (答辩状) to a case filed online, and generates it
 * as a PDF in one click; the PDF becomes a node of the case's timeline.
 */
@Component
public class AnswerCase {

    /** The complaint answered, the answering defendant, their answer so far and its last PDF. */
    public record AnswerView(Draft complaint, PartyAnswer defendant, Defence defence, String answerHash) {}

    private final Drafts drafts;
    private final Defences defences;
    private final Schemas schemas;
    private final ComplaintRendering rendering;
    private final Documents documents;
    private final Docket docket;
    private final AuditTrail audit;

    AnswerCase(
            Drafts drafts,
            Defences defences,
            Schemas schemas,
            ComplaintRendering rendering,
            Documents documents,
            Docket docket,
            AuditTrail audit) {
        this.drafts = drafts;
        this.defences = defences;
        this.schemas = schemas;
        this.rendering = rendering;
        this.documents = documents;
        this.docket = docket;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public AnswerView view(UUID caseId, String user) {
        var complaint = complaint(caseId, user, "filing.answer.read");
        var stored = defences.find(caseId, user);
        return new AnswerView(
                complaint,
                defendant(complaint, user, caseId),
                stored.map(Defences.Stored::defence).orElse(Defence.EMPTY),
                stored.map(Defences.Stored::answerHash).orElse(""));
    }

    @Transactional
    public Defence save(UUID caseId, String user, Defence defence) {
        var complaint = complaint(caseId, user, "filing.answer.changed");
        ElementsRejected.throwIfAny(
                defence.check(schemas.of(complaint), complaint.answers(), ElementCheck.Completeness.DRAFT));
        defences.save(caseId, user, complaint.id(), defence, null);
        return defence;
    }

    @Transactional
    public DocumentHash generate(UUID caseId, String user) {
        var complaint = complaint(caseId, user, "filing.answer.generated");
        var schema = schemas.of(complaint);
        var defence = defences.find(caseId, user).map(Defences.Stored::defence).orElse(Defence.EMPTY);
        ElementsRejected.throwIfAny(defence.check(schema, complaint.answers(), ElementCheck.Completeness.COMPLETE));
        var xhtml = AnswerLayout.xhtml(
                schema,
                complaint.answers(),
                defence,
                defendant(complaint, user, caseId),
                rendering.courtName(complaint),
                schemas.today());
        var hash = documents.store(
                documents.renderUnsealed(xhtml), schema.answerTitle(), "answer", user, "application/pdf", null);
        defences.save(caseId, user, complaint.id(), defence, hash.value());
        docket.recordNode(
                new CaseId(caseId),
                new NewNode(ActorRole.PARTY, null, "filing.node.answer", List.of(), List.of(hash.value()), null));
        return hash;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(UUID caseId, String user) {
        complaint(caseId, user, "filing.answer.read");
        var hash = defences.find(caseId, user)
                .map(Defences.Stored::answerHash)
                .orElseThrow(() -> FilingProblems.noComplaint(caseId));
        if (hash == null) {
            throw FilingProblems.noComplaint(caseId);
        }
        return documents.open(DocumentHash.of(hash)).orElseThrow().content();
    }

    private Draft complaint(UUID caseId, String user, String action) {
        var complaint = drafts.ofCase(caseId).orElseThrow(() -> FilingProblems.draftNotFound(caseId.toString()));
        var isDefendant = complaint.answers().parties().stream()
                .anyMatch(party -> "DEFENDANT".equals(party.role()) && user.equals(party.account()));
        if (!isDefendant) {
            audit.record(AuditRecord.of(user, action, "case:" + caseId, AuditOutcome.DENIED));
            throw FilingProblems.notADefendant(caseId);
        }
        audit.record(AuditRecord.of(user, action, "case:" + caseId, AuditOutcome.SUCCESS));
        return complaint;
    }

    private static PartyAnswer defendant(Draft complaint, String user, UUID caseId) {
        return complaint.answers().parties().stream()
                .filter(party -> "DEFENDANT".equals(party.role()) && user.equals(party.account()))
                .findFirst()
                .orElseThrow(() -> FilingProblems.notADefendant(caseId));
    }
}
