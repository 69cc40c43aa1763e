package org.smartcourt.fees.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.documents.Documents;
import org.smartcourt.fees.domain.EvidenceType;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.ReliefApplication;
import org.smartcourt.fees.domain.ReliefEvidence;
import org.smartcourt.fees.domain.ReliefRules;
import org.smartcourt.fees.domain.ReliefTerms;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.fees.persistence.JudgeTasks;
import org.smartcourt.fees.persistence.ReliefApplications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plaintiff, or the plaintiff's lawyer, applies for fee relief (司法救助) against the case's unpaid fee notice: the
 * form of relief, the grounds of Art. 45–47, a written statement and the evidence of hardship (Art. 48 ¶1). The
 * application waits for the court's decision; meanwhile the case's unpaid fee is not treated as withdrawal.
 *
 * <p>Art. 48 ¶1 wants the application when suing, and Art. 49 a deferral decided before registration; the platform
 * issues the fee notice at registration, so the application comes with the notice, before its deadline.
 */
@Component
public class ApplyForFeeRelief {

    /** What was typed and uploaded, unparsed. */
    public record Request(
            @Nullable String kind,
            @Nullable List<String> grounds,
            @Nullable String reductionPercent,
            @Nullable String deferUntil,
            @Nullable String statement,
            @Nullable String party,
            List<Upload> evidence) {

        public Request {
            evidence = List.copyOf(evidence);
        }
    }

    /** An uploaded file as the client named it. */
    public record Upload(String fileName, byte[] content) {}

    private final FeeNotices notices;
    private final ReliefApplications applications;
    private final FeeAccess access;
    private final CaseAccessCheck cases;
    private final Documents documents;
    private final JudgeTasks tasks;
    private final Docket docket;
    private final AuditTrail audit;
    private final ReliefProperties properties;
    private final Clock clock;

    ApplyForFeeRelief(
            FeeNotices notices,
            ReliefApplications applications,
            FeeAccess access,
            CaseAccessCheck cases,
            Documents documents,
            JudgeTasks tasks,
            Docket docket,
            AuditTrail audit,
            ReliefProperties properties,
            Clock clock) {
        this.notices = notices;
        this.applications = applications;
        this.access = access;
        this.cases = cases;
        this.documents = documents;
        this.tasks = tasks;
        this.docket = docket;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public ReliefApplication apply(UUID caseId, String username, Request request) {
        access.read(caseId, username);
        var plaintiffs = cases.plaintiffsActedForBy(caseId, username);
        if (plaintiffs.isEmpty()) {
            audit.record(AuditRecord.of(username, "fees.relief.apply", caseId.toString(), AuditOutcome.DENIED));
            throw FeesProblem.accessDenied(caseId);
        }
        var notice = acceptanceNotice(caseId);
        var today = LocalDate.now(clock);
        if (!notice.payable()) {
            throw FeesProblem.reliefNotOpen(notice.status().name());
        }
        if (notice.deadline().isBefore(today)) {
            // Art. 22 ¶4, SPC Interp. Art. 213: unpaid at the deadline without an application, the suit is withdrawn
            throw FeesProblem.reliefTooLate(notice.deadline());
        }
        if (applications.pendingFor(caseId)) {
            throw FeesProblem.reliefPending(caseId);
        }
        var problems = new ArrayList<ReliefRejected.FieldProblem>();
        var input = new ReliefInput(problems);
        var kind = input.kind(request.kind());
        var grounds = input.grounds(request.grounds());
        var percent = input.percent(request.reductionPercent());
        var until = input.date(request.deferUntil());
        var statement = request.statement() == null ? "" : request.statement().strip();
        var plaintiff = plaintiff(plaintiffs, request.party(), problems);
        var files = files(request.evidence(), problems);
        ReliefTerms requested = null;
        if (kind != null) {
            requested = new ReliefTerms(kind, percent, until);
            ReliefRules.check(new ReliefRules.Application(
                            requested,
                            grounds,
                            statement,
                            request.evidence().size(),
                            plaintiff == null || plaintiff.naturalPerson(),
                            notice.deadline()))
                    .forEach(violation -> problems.add(ReliefRejected.FieldProblem.of(violation)));
        } else {
            ReliefRules.writing(statement, request.evidence().size())
                    .forEach(violation -> problems.add(ReliefRejected.FieldProblem.of(violation)));
        }
        if (!problems.isEmpty() || requested == null || plaintiff == null) {
            audit.record(AuditRecord.of(username, "fees.relief.apply", caseId.toString(), AuditOutcome.FAILURE)
                    .with("reason", "invalid"));
            throw new ReliefRejected(problems);
        }
        var evidence = new ArrayList<ReliefEvidence>();
        for (var file : files) {
            var hash = documents.store(
                    file.upload().content(),
                    file.name(),
                    "fee-relief-evidence",
                    username,
                    file.type().mediaType(),
                    notice.caseNumber());
            evidence.add(new ReliefEvidence(
                    hash.value(),
                    file.name(),
                    file.type().mediaType(),
                    file.upload().content().length));
        }
        var application = new ReliefApplication(
                UUID.randomUUID(),
                caseId,
                notice.id(),
                notice.court(),
                notice.caseNumber(),
                username,
                plaintiff.name(),
                plaintiff.naturalPerson(),
                requested,
                grounds,
                statement,
                evidence,
                ReliefApplication.Status.PENDING,
                null,
                null,
                null,
                null,
                clock.instant());
        if (!applications.insertPending(application)) {
            throw FeesProblem.reliefPending(caseId);
        }
        tasks.insertOnce(
                caseId, notice.court(), notice.caseNumber(), "FEE_RELIEF", "fees.task.relief", clock.instant());
        docket.recordNode(
                new CaseId(caseId),
                new NewNode(
                        ActorRole.PARTY,
                        null,
                        "fees.node.reliefApplied." + requested.kind().name(),
                        List.of(plaintiff.name()),
                        List.of(),
                        null));
        audit.record(AuditRecord.of(username, "fees.relief.apply", caseId.toString(), AuditOutcome.SUCCESS)
                .with("application", application.id().toString())
                .with("kind", requested.kind().name()));
        return application;
    }

    private FeeNotice acceptanceNotice(UUID caseId) {
        var notice = notices.ofCase(caseId).stream().findFirst().orElseThrow(() -> FeesProblem.caseNotFound(caseId));
        return notices.lock(notice.id()).orElseThrow();
    }

    private static CaseAccessCheck.@Nullable Plaintiff plaintiff(
            List<CaseAccessCheck.Plaintiff> plaintiffs,
            @Nullable String party,
            List<ReliefRejected.FieldProblem> problems) {
        if (party == null || party.isBlank()) {
            if (plaintiffs.size() == 1) {
                return plaintiffs.get(0);
            }
            problems.add(ReliefInput.problem("party", "fees.relief.error.partyRequired"));
            return null;
        }
        return plaintiffs.stream()
                .filter(plaintiff -> plaintiff.name().equals(party.strip()))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(ReliefInput.problem("party", "fees.relief.error.partyUnknown", party));
                    return null;
                });
    }

    private List<File> files(List<Upload> uploads, List<ReliefRejected.FieldProblem> problems) {
        var files = new ArrayList<File>();
        if (uploads.size() > properties.maxEvidenceFiles()) {
            problems.add(ReliefInput.problem(
                    "evidence", "fees.relief.error.evidenceCount", String.valueOf(properties.maxEvidenceFiles())));
            return files;
        }
        for (var upload : uploads) {
            var name = safeName(upload.fileName());
            if (upload.content().length == 0) {
                problems.add(ReliefInput.problem("evidence", "fees.relief.error.evidenceEmpty", name));
            } else if (upload.content().length > properties.maxEvidenceSize().toBytes()) {
                problems.add(ReliefInput.problem(
                        "evidence",
                        "fees.relief.error.evidenceSize",
                        name,
                        properties.maxEvidenceSize().toMegabytes() + " MB"));
            } else {
                var type = EvidenceType.of(upload.content());
                if (type.isEmpty()) {
                    problems.add(ReliefInput.problem("evidence", "fees.relief.error.evidenceType", name));
                } else {
                    files.add(new File(upload, name, type.get()));
                }
            }
        }
        return files;
    }

    /** A name people recognise, without paths or control characters, at most 120 characters. */
    static String safeName(@Nullable String fileName) {
        var base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"<>]", "");
        base = base.strip();
        if (base.isEmpty()) {
            base = "evidence";
        }
        return base.length() > 120 ? base.substring(0, 120) : base;
    }

    private record File(Upload upload, String name, EvidenceType type) {}
}
