package org.smartcourt.delivery.application;

import java.util.List;
import java.util.UUID;
import org.smartcourt.delivery.domain.AutomaticTask;
import org.smartcourt.delivery.domain.AutomaticTasks;
import org.smartcourt.delivery.domain.CaseFacts;
import org.smartcourt.delivery.domain.RegisteredCases;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.ServiceRate;
import org.smartcourt.delivery.domain.Services;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the court's staff watch: automatic services that failed or wait (and why), services that need a clerk (to post,
 * posted, unreachable, a channel refused), and the court's online service rate.
 */
@Component
public class ShowCourtServices {

    /** The court's open service work and its online service rate. */
    public record Overview(
            CourtCode court,
            ServiceRate rate,
            List<AutomaticTask> automatic,
            List<Service> attention,
            List<CaseFacts> latestCases) {}

    private static final int LATEST = 20;

    private final Services services;
    private final AutomaticTasks automatic;
    private final RegisteredCases cases;
    private final DeliveryAccess access;

    ShowCourtServices(Services services, AutomaticTasks automatic, RegisteredCases cases, DeliveryAccess access) {
        this.services = services;
        this.automatic = automatic;
        this.cases = cases;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Overview of(CourtCode court, String username) {
        access.staffAt(username, court, "delivery.court.read", court.value());
        access.recorded(username, "delivery.court.read", court.value());
        return new Overview(
                court,
                services.rate(court),
                automatic.openAt(court),
                services.needingAttention(court),
                cases.latestAt(court, LATEST));
    }

    /** The court's online service rate alone. */
    @Transactional(readOnly = true)
    public ServiceRate rate(CourtCode court, String username) {
        access.staffAt(username, court, "delivery.rate.read", court.value());
        access.recorded(username, "delivery.rate.read", court.value());
        return services.rate(court);
    }

    /** The automatic services of one case, for its staff page. */
    @Transactional(readOnly = true)
    public List<AutomaticTask> automaticOf(UUID caseId, String username) {
        var outline = access.outline(caseId);
        access.staffAt(username, outline.court(), "delivery.automatic.read", caseId.toString());
        return automatic.ofCase(caseId);
    }
}
