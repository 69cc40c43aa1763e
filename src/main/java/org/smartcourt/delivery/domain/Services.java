package org.smartcourt.delivery.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartcourt.shared.CourtCode;

/** Where services are kept. */
public interface Services {

    void add(Service service);

    /** Saves the service's changes; the caller holds it through {@link #lock}. */
    void update(Service service);

    Optional<Service> find(UUID id);

    /** The service, held against concurrent changes until the transaction ends. */
    Optional<Service> lock(UUID id);

    /** The services of a case, the earliest first. */
    List<Service> ofCase(UUID caseId);

    /** The services requested before that moment with a message not yet handed to its channel. */
    List<UUID> withQueuedMessages(java.time.Instant requestedBefore);

    /** The services by public notice deemed served by this day that have not yet taken effect. */
    List<UUID> deemedServedBy(LocalDate day);

    /** The court's services that need a clerk: to post, posted, unreachable or with a refused message. */
    List<Service> needingAttention(CourtCode court);

    /** The court's services that took effect, counted by the kind of channel they took effect through. */
    ServiceRate rate(CourtCode court);
}
