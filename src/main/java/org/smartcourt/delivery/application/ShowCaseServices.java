package org.smartcourt.delivery.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartcourt.delivery.domain.AutomaticTask;
import org.smartcourt.delivery.domain.AutomaticTasks;
import org.smartcourt.delivery.domain.CaseFacts;
import org.smartcourt.delivery.domain.RegisteredCases;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.Services;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The court staff's sheet of one case: its services, its automatic services and its parties' addresses. */
@Component
public class ShowCaseServices {

    /** Everything the staff page of a case shows. */
    public record Sheet(
            UUID caseId,
            Optional<CaseFacts> facts,
            List<Service> services,
            List<AutomaticTask> automatic,
            List<ShowServiceAddresses.PartyAddresses> parties) {}

    private final RegisteredCases cases;
    private final Services services;
    private final AutomaticTasks automatic;
    private final ShowServiceAddresses addresses;
    private final DeliveryAccess access;

    ShowCaseServices(
            RegisteredCases cases,
            Services services,
            AutomaticTasks automatic,
            ShowServiceAddresses addresses,
            DeliveryAccess access) {
        this.cases = cases;
        this.services = services;
        this.automatic = automatic;
        this.addresses = addresses;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Sheet of(UUID caseId, String username) {
        var outline = access.outline(caseId);
        access.staffAt(username, outline.court(), ListServices.ACTION, caseId.toString());
        access.recorded(username, ListServices.ACTION, caseId.toString(), "basis", "COURT_STAFF");
        return new Sheet(
                caseId,
                cases.find(caseId),
                services.ofCase(caseId),
                automatic.ofCase(caseId),
                addresses.of(caseId, username));
    }
}
