package org.smartcourt.docket.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.AmountInDispute;
import org.smartcourt.docket.CaseClosed;
import org.smartcourt.docket.CaseFiled;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CaseRegistered;
import org.smartcourt.docket.CaseResubmitted;
import org.smartcourt.docket.CaseTransferred;
import org.smartcourt.docket.CaseWithdrawn;
import org.smartcourt.docket.CauseOfAction;
import org.smartcourt.docket.CorrectionRequested;
import org.smartcourt.docket.FilingRefused;
import org.smartcourt.docket.JudgeAssigned;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.Representative;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;

/**
 * A case (案件) from filing to closing: its court, type, procedure, cause, amount, parties and lawyers, number, judge,
 * links to the cases before and after it, and its lifecycle. Every change goes through an intention-named method that
 * checks the {@link CaseTransition} table, adds a timeline node and registers an event for the use case to publish.
 */
public class CourtCase {

    private final CaseId id;
    private final CourtCode court;
    private final CaseTypeCode type;
    private final @Nullable String specialisedCode;
    private Procedure procedure;
    private CauseOfAction cause;
    private AmountInDispute amount;
    private List<Party> parties;
    private List<Representative> representatives;
    private final String filer;
    private final Instant filedAt;
    private Instant receivedAt;
    private CaseStatus status;
    private @Nullable CaseNumber number;
    private @Nullable Instant registeredAt;
    private @Nullable JudgeAssignment judge;
    private final List<CaseLink> links;
    private @Nullable CorrectionRequest correction;
    private List<String> refusalReasons;
    private @Nullable CourtCode transferredTo;
    private final long version;

    private final List<CaseNode> newNodes = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    /** Restores a case as stored; new cases come from {@link #file}. */
    public CourtCase(
            CaseId id,
            CourtCode court,
            CaseTypeCode type,
            @Nullable String specialisedCode,
            Procedure procedure,
            CauseOfAction cause,
            AmountInDispute amount,
            List<Party> parties,
            List<Representative> representatives,
            String filer,
            Instant filedAt,
            Instant receivedAt,
            CaseStatus status,
            @Nullable CaseNumber number,
            @Nullable Instant registeredAt,
            @Nullable JudgeAssignment judge,
            List<CaseLink> links,
            @Nullable CorrectionRequest correction,
            List<String> refusalReasons,
            @Nullable CourtCode transferredTo,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.court = Objects.requireNonNull(court);
        this.type = Objects.requireNonNull(type);
        this.specialisedCode = specialisedCode;
        this.procedure = Objects.requireNonNull(procedure);
        this.cause = Objects.requireNonNull(cause);
        this.amount = Objects.requireNonNull(amount);
        this.parties = List.copyOf(parties);
        this.representatives = List.copyOf(representatives);
        this.filer = Objects.requireNonNull(filer);
        this.filedAt = Objects.requireNonNull(filedAt);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.status = Objects.requireNonNull(status);
        this.number = number;
        this.registeredAt = registeredAt;
        this.judge = judge;
        this.links = new ArrayList<>(links);
        this.correction = correction;
        this.refusalReasons = List.copyOf(refusalReasons);
        this.transferredTo = transferredTo;
        this.version = version;
    }

    /** A case filed now: state FILED, the node {@code docket.node.filed} and the event {@link CaseFiled}. */
    public static CourtCase file(CaseId id, NewCase filing, Instant at, List<CaseLink> links) {
        var filed = new CourtCase(
                id,
                filing.court(),
                filing.type(),
                null,
                filing.procedure(),
                filing.cause(),
                filing.amount(),
                filing.parties(),
                filing.representatives(),
                filing.filer(),
                at,
                at,
                CaseStatus.FILED,
                null,
                null,
                null,
                links,
                null,
                List.of(),
                null,
                0);
        filed.newNodes.add(CaseNode.of(
                id,
                at,
                Actor.of(filing.filer(), ActorRole.FILER),
                "docket.node.filed",
                List.of(filing.court().value(), filing.type().value())));
        filed.events.add(new CaseFiled(id, filing.court(), filing.type().value(), filing.filer(), at));
        return filed;
    }

    /** Replaces the particulars with the corrected ones; the registration period restarts (民诉解释 Art. 126). */
    public void resubmit(NewCase corrected, Actor filerActor, Instant at) {
        var target = check(CaseTransition.RESUBMIT);
        if (!corrected.court().equals(court)
                || !corrected.type().equals(type)
                || !corrected.filer().equals(filer)) {
            throw new IllegalArgumentException("Corrections keep the court, the case type and the filer");
        }
        procedure = corrected.procedure();
        cause = corrected.cause();
        amount = corrected.amount();
        parties = corrected.parties();
        representatives = corrected.representatives();
        receivedAt = at;
        status = target;
        newNodes.add(CaseNode.of(id, at, filerActor, "docket.node.resubmitted", List.of()));
        events.add(new CaseResubmitted(id, at));
    }

    /** Registers the case (立案) under its new number. */
    public void register(CaseNumber caseNumber, Actor clerk, Instant at) {
        var target = check(CaseTransition.REGISTER);
        if (!caseNumber.court().equals(court) || !caseNumber.typeCode().equals(type.value())) {
            throw new IllegalArgumentException("The case number belongs to another court or case type");
        }
        number = caseNumber;
        registeredAt = at;
        status = target;
        newNodes.add(CaseNode.of(id, at, clerk, "docket.node.registered", List.of(caseNumber.toString())));
        events.add(new CaseRegistered(
                id,
                caseNumber,
                court,
                procedure,
                cause,
                amount,
                namesOf(PartyRole.PLAINTIFF),
                namesOf(PartyRole.DEFENDANT),
                at));
    }

    /** Asks the filer, once, to correct every listed defect by the deadline (在线诉讼规则 Art. 9(2)). */
    public void requestCorrection(List<Defect> defects, LocalDate deadline, LocalDate today, Actor clerk, Instant at) {
        var target = check(CaseTransition.REQUEST_CORRECTION);
        if (correction != null) {
            throw new CorrectionAlreadyRequested();
        }
        if (!deadline.isAfter(today)) {
            throw new IllegalArgumentException("The deadline for corrections lies after today");
        }
        correction = new CorrectionRequest(defects, deadline, at);
        status = target;
        newNodes.add(CaseNode.of(
                        id,
                        at,
                        clerk,
                        "docket.node.correctionRequested",
                        List.of(Integer.toString(defects.size()), deadline.toString()))
                .withDeadline(deadline));
        events.add(new CorrectionRequested(id, defects.size(), deadline, at));
    }

    /**
     * Refuses the case (不予受理) with reasons; the ruling itself is a document the documents module issues from the
     * {@link FilingRefused} event.
     */
    public void refuse(List<String> reasons, Actor clerk, Instant at) {
        var target = check(CaseTransition.REFUSE);
        var given = reasons.stream()
                .map(String::strip)
                .filter(reason -> !reason.isEmpty())
                .toList();
        if (given.isEmpty()) {
            throw new IllegalArgumentException("A refusal gives its reasons");
        }
        refusalReasons = given;
        status = target;
        newNodes.add(CaseNode.of(id, at, clerk, "docket.node.refused", List.of(String.join("；", given))));
        events.add(new FilingRefused(id, given, at));
    }

    /** Assigns the judge (承办法官), or reassigns the case to another one. */
    public void assignJudge(JudgeAssignment assignment, Actor assigner) {
        var target = check(CaseTransition.ASSIGN_JUDGE);
        judge = assignment;
        status = target;
        var caseNumber = Objects.requireNonNull(number, "a registered case has a number");
        newNodes.add(new CaseNode(
                id,
                assignment.assignedAt(),
                assigner.role(),
                assigner.publicName(),
                assigner.username(),
                "docket.node.judgeAssigned." + assignment.method(),
                List.of(assignment.judgePublicName()),
                List.of(),
                null));
        events.add(new JudgeAssigned(
                id, caseNumber, assignment.judge(), assignment.method().name(), assignment.assignedAt()));
    }

    /** Withdraws the case at the request of the filer or a plaintiff. */
    public void withdraw(Actor withdrawer, Instant at) {
        status = check(CaseTransition.WITHDRAW);
        newNodes.add(CaseNode.of(id, at, withdrawer, "docket.node.withdrawn", List.of()));
        events.add(new CaseWithdrawn(id, at));
    }

    /** Transfers the case to the court with jurisdiction (CPL Art. 37). */
    public void transfer(CourtCode toCourt, Actor decider, Instant at) {
        var target = check(CaseTransition.TRANSFER);
        if (toCourt.equals(court)) {
            throw new IllegalArgumentException("A case is transferred to another court");
        }
        transferredTo = toCourt;
        status = target;
        newNodes.add(CaseNode.of(id, at, decider, "docket.node.transferred", List.of(toCourt.value())));
        events.add(new CaseTransferred(id, toCourt, at));
    }

    /** Closes the case (结案). */
    public void close(Actor closer, Instant at) {
        status = check(CaseTransition.CLOSE);
        newNodes.add(CaseNode.of(id, at, closer, "docket.node.closed", List.of()));
        events.add(new CaseClosed(id, at));
    }

    /** Records that a later case (appeal, retrial, enforcement) now follows this one. */
    public void followedBy(LinkKind kind, CaseId later, Actor actor, Instant at) {
        if (number == null) {
            throw new IllegalCaseTransition(status, CaseTransition.REGISTER);
        }
        links.add(new CaseLink(kind, CaseLink.Direction.AFTER, later));
        newNodes.add(CaseNode.of(id, at, actor, "docket.node.followedBy." + kind, List.of()));
    }

    private CaseStatus check(CaseTransition transition) {
        if (!transition.allowedFrom(status)) {
            throw new IllegalCaseTransition(status, transition);
        }
        return transition.target();
    }

    private List<String> namesOf(PartyRole role) {
        return parties.stream()
                .filter(party -> party.role() == role)
                .map(Party::name)
                .toList();
    }

    /** The nodes added since the case was loaded, for the timeline; cleared by {@link #clearChanges()}. */
    public List<CaseNode> newNodes() {
        return List.copyOf(newNodes);
    }

    /** The events registered since the case was loaded, for the use case to publish. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    public void clearChanges() {
        newNodes.clear();
        events.clear();
    }

    /** Whether this user is the filer, a party with a linked account or a party's lawyer. */
    public boolean involves(String username) {
        return filer.equals(username) || isPartyAccount(username) || isRepresentative(username);
    }

    public boolean isPartyAccount(String username) {
        return parties.stream().anyMatch(party -> username.equals(party.account()));
    }

    public boolean isRepresentative(String username) {
        return representatives.stream().anyMatch(lawyer -> lawyer.lawyer().equals(username));
    }

    /** Whether the user is a plaintiff with a linked account or a plaintiff's lawyer. */
    public boolean actsForPlaintiff(String username) {
        var plaintiffs = parties.stream()
                .filter(party -> party.role() == PartyRole.PLAINTIFF)
                .toList();
        return plaintiffs.stream().anyMatch(party -> username.equals(party.account()))
                || representatives.stream()
                        .anyMatch(lawyer -> lawyer.lawyer().equals(username)
                                && plaintiffs.stream()
                                        .anyMatch(
                                                party -> party.identification().equals(lawyer.forParty())));
    }

    public CaseId id() {
        return id;
    }

    public CourtCode court() {
        return court;
    }

    public CaseTypeCode type() {
        return type;
    }

    public @Nullable String specialisedCode() {
        return specialisedCode;
    }

    public Procedure procedure() {
        return procedure;
    }

    public CauseOfAction cause() {
        return cause;
    }

    public AmountInDispute amount() {
        return amount;
    }

    public List<Party> parties() {
        return parties;
    }

    public List<Representative> representatives() {
        return representatives;
    }

    public String filer() {
        return filer;
    }

    public Instant filedAt() {
        return filedAt;
    }

    /** When the complete materials last arrived: the filing, or the corrections. */
    public Instant receivedAt() {
        return receivedAt;
    }

    public CaseStatus status() {
        return status;
    }

    public @Nullable CaseNumber number() {
        return number;
    }

    public @Nullable Instant registeredAt() {
        return registeredAt;
    }

    public @Nullable JudgeAssignment judge() {
        return judge;
    }

    public List<CaseLink> links() {
        return List.copyOf(links);
    }

    public @Nullable CorrectionRequest correction() {
        return correction;
    }

    public List<String> refusalReasons() {
        return refusalReasons;
    }

    public @Nullable CourtCode transferredTo() {
        return transferredTo;
    }

    /** The version the case was loaded at, for optimistic locking. */
    public long version() {
        return version;
    }
}
