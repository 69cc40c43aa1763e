package org.smartcourt.publication.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.publication.domain.ItemStatus;
import org.smartcourt.publication.domain.PublicationItem;
import org.smartcourt.publication.domain.PublicationItems;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The publication queue of the courts a clerk reviews for, the most urgent first; nobody sees another court's. */
@Component
public class ShowPublicationQueue {

    static final String ACTION = "publication.queue.read";

    /**
     * @param court one of the reviewer's courts; null for all of them
     * @param status null for every status
     * @param overdueOnly only items still awaiting review after their deadline
     */
    public record Filter(
            @Nullable CourtCode court, @Nullable ItemStatus status, boolean overdueOnly) {}

    /** The reviewer's courts and the items that pass the filter. */
    public record Queue(List<CourtCode> courts, List<PublicationItem> items, LocalDate today) {}

    private final PublicationAccess access;
    private final PublicationItems items;
    private final Clock clock;

    ShowPublicationQueue(PublicationAccess access, PublicationItems items, Clock clock) {
        this.access = access;
        this.items = items;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Queue show(String username, Filter filter) {
        var courts = access.courtsOf(username);
        var court = filter.court();
        if (court != null) {
            access.requireReviewerAt(username, court, ACTION);
        }
        var today = LocalDate.now(clock);
        var selected = court == null ? new LinkedHashSet<>(courts) : new LinkedHashSet<>(List.of(court));
        return new Queue(courts, items.ofCourts(selected, filter.status(), filter.overdueOnly() ? today : null), today);
    }
}
