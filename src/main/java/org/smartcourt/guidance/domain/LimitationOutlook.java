package org.smartcourt.guidance.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The limitation period as it stands today: its rule, status, the day it started from, its last day (after moving off
 * a holiday) and the days from today to that last day (negative once it has passed).
 */
public record LimitationOutlook(
        LimitationRule rule,
        LimitationStatus status,
        @Nullable LocalDate start,
        @Nullable LocalDate lastDay,
        @Nullable Long daysLeft) {

    public LimitationOutlook {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        if ((lastDay == null) != (daysLeft == null)) {
            throw new IllegalArgumentException("A last day comes with the days left to it");
        }
    }
}
