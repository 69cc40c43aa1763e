package org.smartcourt.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.smartcourt.delivery.domain.NoticeGround;
import org.smartcourt.delivery.domain.PublicNotice;
import org.smartcourt.delivery.domain.PublicNoticePolicy;
import org.smartcourt.delivery.domain.RegisteredCases;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.Services;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves by public notice (公告送达, CPL Art. 95) a document that could not be served otherwise: deemed served 30 days
 * after the notice is issued, 60 for a party with no domicile in China (CPL Art. 283 ¶2); never in summary procedure
 * (民诉解释 Art. 140) nor for a mediation statement (民诉解释 Art. 133).
 */
@Component
public class IssuePublicNotice {

    private final Services services;
    private final RegisteredCases cases;
    private final DeliveryAccess access;
    private final ServiceNodes nodes;
    private final Settlement settlement;
    private final Clock clock;

    IssuePublicNotice(
            Services services,
            RegisteredCases cases,
            DeliveryAccess access,
            ServiceNodes nodes,
            Settlement settlement,
            Clock clock) {
        this.services = services;
        this.cases = cases;
        this.access = access;
        this.nodes = nodes;
        this.settlement = settlement;
        this.clock = clock;
    }

    @Transactional
    public Service issue(UUID id, String username, LocalDate issuedOn, String medium, NoticeGround ground) {
        var service = services.lock(id).orElseThrow(() -> DeliveryProblem.noSuchService(id.toString()));
        var actor = access.staffAt(username, service.court(), "delivery.notice.issued", id.toString());
        if (medium == null || medium.isBlank() || medium.length() > 200) {
            throw DeliveryProblem.invalid("medium", "delivery.problem.medium");
        }
        if (issuedOn.isAfter(LocalDate.now(clock))) {
            throw DeliveryProblem.invalid("issuedOn", "delivery.problem.future");
        }
        if (service.effect() != null) {
            throw DeliveryProblem.publicNoticeRefused(PublicNoticePolicy.Refusal.ALREADY_SERVED.name());
        }
        if (service.notice() != null) {
            throw DeliveryProblem.publicNoticeRefused(PublicNoticePolicy.Refusal.ALREADY_NOTICED.name());
        }
        var procedure =
                cases.find(service.caseId()).map(facts -> facts.procedure()).orElse(null);
        PublicNoticePolicy.refusal(procedure, service.document().kind(), ground, service.otherMethodsFailed())
                .ifPresent(refusal -> {
                    throw DeliveryProblem.publicNoticeRefused(refusal.name());
                });
        var abroad = service.recipient().domicileAbroad();
        service.noticeIssued(new PublicNotice(
                issuedOn,
                medium.strip(),
                ground,
                abroad,
                PublicNoticePolicy.deemedServedOn(issuedOn, abroad),
                username));
        nodes.noticeIssued(service, actor);
        settlement.settle(service);
        services.update(service);
        access.recorded(
                username,
                "delivery.notice.issued",
                id.toString(),
                "case",
                service.caseId().toString());
        return service;
    }
}
