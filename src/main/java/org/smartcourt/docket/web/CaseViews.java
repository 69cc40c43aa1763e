package org.smartcourt.docket.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.application.ShowRegistrationQueue;
import org.smartcourt.docket.domain.CaseNode;
import org.smartcourt.docket.domain.CourtCase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns cases and timelines into the views the API and the pages show, in the reader's language. */
@Component
class CaseViews {

    /** A case in a list. */
    record Summary(
            String id,
            @Nullable String caseNumber,
            String court,
            String type,
            String cause,
            String status,
            Instant filedAt,
            @Nullable LocalDate lastDay,
            @Nullable Long daysLeft) {}

    record PartyView(String role, String kind, String name) {}

    record RepresentativeView(String licenceNumber, String forParty) {}

    record JudgeView(@Nullable String name, String method, Instant assignedAt) {}

    record LinkView(String kind, String direction, String caseId) {}

    record DefectView(@Nullable String field, String message) {}

    record CorrectionView(List<DefectView> defects, LocalDate deadline) {}

    /** A case with everything its parties may see. */
    record Detail(
            String id,
            @Nullable String caseNumber,
            String court,
            String type,
            String procedure,
            @Nullable String causeCode,
            String cause,
            BigDecimal amount,
            String status,
            Instant filedAt,
            @Nullable Instant registeredAt,
            List<PartyView> parties,
            List<RepresentativeView> representatives,
            @Nullable JudgeView judge,
            List<LinkView> links,
            @Nullable CorrectionView correction,
            List<String> refusalReasons) {}

    /** One timeline node, described in the reader's language. */
    record Node(
            Instant at,
            String actorRole,
            String actor,
            @Nullable String actorName,
            String code,
            String description,
            List<String> documents,
            @Nullable LocalDate deadline) {}

    private final MessageSource messages;

    CaseViews(MessageSource messages) {
        this.messages = messages;
    }

    Summary summary(CourtCase courtCase) {
        return summary(courtCase, null, null);
    }

    Summary summary(ShowRegistrationQueue.Entry entry) {
        return summary(entry.courtCase(), entry.lastDay(), entry.daysLeft());
    }

    private Summary summary(CourtCase courtCase, @Nullable LocalDate lastDay, @Nullable Long daysLeft) {
        return new Summary(
                courtCase.id().toString(),
                courtCase.number() == null ? null : courtCase.number().toString(),
                courtCase.court().value(),
                courtCase.type().value(),
                courtCase.cause().name(),
                courtCase.status().name(),
                courtCase.filedAt(),
                lastDay,
                daysLeft);
    }

    Detail detail(CourtCase courtCase) {
        var byIdentification =
                courtCase.parties().stream().collect(Collectors.toMap(Party::identification, Function.identity()));
        var judge = courtCase.judge();
        var correction = courtCase.correction();
        return new Detail(
                courtCase.id().toString(),
                courtCase.number() == null ? null : courtCase.number().toString(),
                courtCase.court().value(),
                courtCase.type().value(),
                courtCase.procedure().name(),
                courtCase.cause().code(),
                courtCase.cause().name(),
                courtCase.amount().yuan(),
                courtCase.status().name(),
                courtCase.filedAt(),
                courtCase.registeredAt(),
                // Identification numbers stay out: the other side's ID number is personal information.
                courtCase.parties().stream()
                        .map(party ->
                                new PartyView(party.role().name(), party.kind().name(), party.name()))
                        .toList(),
                courtCase.representatives().stream()
                        .map(lawyer -> new RepresentativeView(
                                lawyer.licenceNumber(), nameOf(byIdentification, lawyer.forParty())))
                        .toList(),
                judge == null
                        ? null
                        : new JudgeView(judge.judgeName(), judge.method().name(), judge.assignedAt()),
                courtCase.links().stream()
                        .map(link -> new LinkView(
                                link.kind().name(),
                                link.direction().name(),
                                link.other().toString()))
                        .toList(),
                correction == null
                        ? null
                        : new CorrectionView(
                                correction.defects().stream()
                                        .map(defect -> new DefectView(defect.field(), defect.message()))
                                        .toList(),
                                correction.deadline()),
                courtCase.refusalReasons());
    }

    private static String nameOf(Map<String, Party> byIdentification, String identification) {
        var party = byIdentification.get(identification);
        return party == null ? "" : party.name();
    }

    List<Node> timeline(List<CaseNode> nodes, Locale locale) {
        return nodes.stream()
                .map(node -> new Node(
                        node.at(),
                        node.actorRole().name(),
                        messages.getMessage("docket.actor." + node.actorRole(), null, locale),
                        node.actorName(),
                        node.messageCode(),
                        messages.getMessage(node.messageCode(), node.arguments().toArray(), node.messageCode(), locale),
                        node.documents(),
                        node.deadline()))
                .toList();
    }
}
