package org.smartcourt.fees.application;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.Documents;
import org.smartcourt.documents.StoredDocument;
import org.smartcourt.fees.domain.ReliefApplication;
import org.smartcourt.fees.persistence.ReliefApplications;
import org.springframework.stereotype.Component;

/**
 * Applications for fee relief as their applicants' side and the court see them. Grounds, statements and evidence
 * speak of a party's hardship: the defendants see only the timeline node, not the application.
 */
@Component
public class ShowFeeRelief {

    private final ReliefApplications applications;
    private final FeeAccess access;
    private final CaseAccessCheck cases;
    private final Documents documents;
    private final AuditTrail audit;

    ShowFeeRelief(
            ReliefApplications applications,
            FeeAccess access,
            CaseAccessCheck cases,
            Documents documents,
            AuditTrail audit) {
        this.applications = applications;
        this.access = access;
        this.cases = cases;
        this.documents = documents;
        this.audit = audit;
    }

    /** The case's applications, oldest first. */
    public List<ReliefApplication> ofCase(UUID caseId, String username) {
        check(caseId, username);
        return applications.ofCase(caseId);
    }

    /** The case's applications when the user may see them (the plaintiffs' side, court staff); else null. */
    public @org.jspecify.annotations.Nullable List<ReliefApplication> ifVisible(UUID caseId, String username) {
        var court = access.read(caseId, username);
        if (!cases.actsForPlaintiff(caseId, username) && !access.isStaffOf(username, court)) {
            return null;
        }
        return applications.ofCase(caseId);
    }

    public ReliefApplication one(UUID caseId, UUID applicationId, String username) {
        check(caseId, username);
        return applications
                .find(applicationId)
                .filter(found -> found.caseId().equals(caseId))
                .orElseThrow(() -> FeesProblem.notFound(applicationId));
    }

    /** One evidence file of an application, as uploaded. */
    public StoredDocument evidence(UUID caseId, UUID applicationId, String hash, String username) {
        var application = one(caseId, applicationId, username);
        var evidence = application.evidence().stream()
                .filter(file -> file.hash().equals(hash))
                .findFirst()
                .orElseThrow(() -> FeesProblem.notFound(hash));
        audit.record(AuditRecord.of(username, "fees.relief.evidence.read", caseId.toString(), AuditOutcome.SUCCESS)
                .with("document", evidence.hash()));
        return documents.open(DocumentHash.of(evidence.hash())).orElseThrow(() -> FeesProblem.notFound(hash));
    }

    /** Whether the user may apply for relief on the case: a plaintiff's side. */
    public boolean mayApply(UUID caseId, String username) {
        return !cases.plaintiffsActedForBy(caseId, username).isEmpty();
    }

    /** Whether the user decides on the case's applications. */
    public boolean mayDecide(UUID caseId, String username) {
        var court = access.read(caseId, username);
        return access.decidesRelief(username, court);
    }

    /** The pending applications the user may decide, at every court where the user decides on fee relief. */
    public List<ReliefApplication> pendingFor(String username) {
        var decides = new HashMap<String, Boolean>();
        var pending = applications.pending().stream()
                .filter(application ->
                        decides.computeIfAbsent(application.court(), court -> access.decidesRelief(username, court)))
                .filter(application -> !application.applicant().equals(username))
                .toList();
        audit.record(AuditRecord.of(username, "fees.relief.list", "pending", AuditOutcome.SUCCESS)
                .with("count", String.valueOf(pending.size())));
        return pending;
    }

    private void check(UUID caseId, String username) {
        var court = access.read(caseId, username);
        if (!cases.actsForPlaintiff(caseId, username) && !access.isStaffOf(username, court)) {
            audit.record(AuditRecord.of(username, "fees.relief.read", caseId.toString(), AuditOutcome.DENIED));
            throw FeesProblem.accessDenied(caseId);
        }
    }
}
