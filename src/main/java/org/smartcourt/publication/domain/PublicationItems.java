package org.smartcourt.publication.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CourtCode;

/** The publication queue as stored. */
public interface PublicationItems {

    /** Stores a new item; false when the decision is already queued (a redelivered event). */
    boolean add(PublicationItem item);

    /**
     * Stores the item's new state and corrections if nobody changed it since it was loaded.
     *
     * @throws ConcurrentItemChange when somebody did
     */
    void update(PublicationItem item);

    Optional<PublicationItem> find(UUID id);

    /**
     * The items of these courts, the most urgent first.
     *
     * @param status only this status; null for all
     * @param overdueOn only items still awaiting review past their deadline on this day; null for all
     */
    List<PublicationItem> ofCourts(Set<CourtCode> courts, @Nullable ItemStatus status, @Nullable LocalDate overdueOn);
}
