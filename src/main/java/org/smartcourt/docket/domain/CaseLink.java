package org.smartcourt.docket.domain;

import java.util.Objects;
import org.smartcourt.docket.CaseId;

/**
 * A link from one case to another: the first-instance case has {@code (APPEAL, AFTER, appeal)}, the appeal has
 * {@code (APPEAL, BEFORE, first instance)}.
 */
public record CaseLink(LinkKind kind, Direction direction, CaseId other) {

    /** Whether the other case comes before or after this one. */
    public enum Direction {
        BEFORE,
        AFTER
    }

    public CaseLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(other, "other");
    }
}
