package org.smartcourt.delivery.application;

import java.util.List;
import java.util.UUID;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.Services;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The services of a case: every one to the court's staff, to a party those served on it. Reads are audited. */
@Component
public class ListServices {

    static final String ACTION = "delivery.services.read";

    private final Services services;
    private final DeliveryAccess access;

    ListServices(Services services, DeliveryAccess access) {
        this.services = services;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Service> ofCase(UUID caseId, String username) {
        var outline = access.outline(caseId);
        var all = services.ofCase(caseId);
        if (access.isStaffAt(username, outline.court())) {
            access.recorded(username, ACTION, caseId.toString(), "basis", "COURT_STAFF");
            return all;
        }
        var mine = access.partiesOf(username, outline).stream()
                .map(party -> party.identification())
                .toList();
        if (mine.isEmpty()) {
            access.denied(username, ACTION, caseId.toString());
            throw DeliveryProblem.notAParty();
        }
        access.recorded(username, ACTION, caseId.toString(), "basis", "PARTY");
        return all.stream()
                .filter(service -> mine.contains(service.recipient().identification()))
                .toList();
    }
}
