package org.smartcourt.delivery.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.smartcourt.delivery.Delivery;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.documents.DocumentHash;
import org.springframework.stereotype.Component;

/** The {@link Delivery} façade. */
@Component
class CourtDelivery implements Delivery {

    private final ServeDocument serve;

    CourtDelivery(ServeDocument serve) {
        this.serve = serve;
    }

    @Override
    public List<UUID> serve(CaseId caseId, DocumentHash document, DocumentKind kind, Set<PartyRole> roles) {
        return serve.byCourt(new ServeDocument.Request(caseId.value(), kind, null, List.of(), roles), document).stream()
                .map(Service::id)
                .toList();
    }
}
