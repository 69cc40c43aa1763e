package org.smartcourt.delivery.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period that starts with service: its kind, its length in days, the article that sets it, and its last day.
 *
 * @param article the provision, as cited in the messages ({@code CPL 128})
 */
public record DependentPeriod(PeriodKind kind, int days, String article, LocalDate lastDay) {

    public DependentPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lastDay, "lastDay");
        if (days < 1) {
            throw new IllegalArgumentException("A period lasts at least a day");
        }
    }
}
