package org.smartcourt.delivery;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.documents.DocumentHash;

/** What other modules (hearings, judgments) may ask of the service of documents. */
public interface Delivery {

    /**
     * Serves a stored document of a registered case on every party of the given roles, by the channels each party's
     * service address allows, as the court (no clerk acting). Publishes {@link DocumentServed} for each party once
     * service takes effect.
     *
     * @return the id of each service, one per party
     * @throws org.springframework.web.ErrorResponseException when the case is not registered or the document unknown
     */
    List<UUID> serve(CaseId caseId, DocumentHash document, DocumentKind kind, Set<PartyRole> roles);
}
