package org.smartcourt.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.domain.PostalAddress;
import org.smartcourt.delivery.domain.PostalService;
import org.smartcourt.delivery.domain.ReturnReason;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.Services;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerk's postal service (法院专递): posting with the tracking number, then the date of receipt on the return receipt
 * (CPL Art. 91) or the letter's return (法院专递规定 Art. 6, 11).
 */
@Component
public class PostDocument {

    private final Services services;
    private final DeliveryAccess access;
    private final ServiceNodes nodes;
    private final Settlement settlement;
    private final Clock clock;

    PostDocument(Services services, DeliveryAccess access, ServiceNodes nodes, Settlement settlement, Clock clock) {
        this.services = services;
        this.access = access;
        this.nodes = nodes;
        this.settlement = settlement;
        this.clock = clock;
    }

    /** @param address where it was posted; the task's address when null */
    @Transactional
    public Service posted(
            UUID id, String username, String trackingNumber, LocalDate postedOn, @Nullable PostalAddress address) {
        var service = held(id);
        var actor = access.staffAt(username, service.court(), "delivery.postal.posted", id.toString());
        if (!PostalService.isTrackingNumber(trackingNumber)) {
            throw DeliveryProblem.invalid("trackingNumber", "delivery.problem.trackingNumber");
        }
        notInFuture(postedOn, "postedOn");
        var task = service.postal();
        var to = address != null ? address : task == null ? null : task.address();
        if (to == null) {
            throw DeliveryProblem.invalid("address", "delivery.problem.postalAddress");
        }
        try {
            service.posted(to, trackingNumber, postedOn);
        } catch (IllegalStateException e) {
            throw DeliveryProblem.postalStep();
        }
        nodes.posted(service, actor, trackingNumber.strip());
        return saved(service, username, "delivery.postal.posted");
    }

    @Transactional
    public Service received(UUID id, String username, LocalDate on, boolean signedByAddressee) {
        var service = held(id);
        access.staffAt(username, service.court(), "delivery.postal.received", id.toString());
        notInFuture(on, "receivedOn");
        var postedOn = service.postal() == null ? null : service.postal().postedOn();
        if (postedOn != null && on.isBefore(postedOn)) {
            throw DeliveryProblem.invalid("receivedOn", "delivery.problem.beforePosting");
        }
        try {
            service.postalReceived(on, signedByAddressee);
        } catch (IllegalStateException e) {
            throw DeliveryProblem.postalStep();
        }
        return saved(service, username, "delivery.postal.received");
    }

    @Transactional
    public Service returned(UUID id, String username, LocalDate on, ReturnReason reason) {
        var service = held(id);
        access.staffAt(username, service.court(), "delivery.postal.returned", id.toString());
        notInFuture(on, "returnedOn");
        try {
            service.postalReturned(on, reason);
        } catch (IllegalStateException e) {
            throw DeliveryProblem.postalStep();
        }
        return saved(service, username, "delivery.postal.returned");
    }

    private Service held(UUID id) {
        return services.lock(id).orElseThrow(() -> DeliveryProblem.noSuchService(id.toString()));
    }

    private Service saved(Service service, String username, String action) {
        settlement.settle(service);
        services.update(service);
        access.recorded(
                username,
                action,
                service.id().toString(),
                "case",
                service.caseId().toString());
        return service;
    }

    private void notInFuture(LocalDate day, String field) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw DeliveryProblem.invalid(field, "delivery.problem.future");
        }
    }
}
