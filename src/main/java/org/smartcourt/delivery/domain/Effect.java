package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When and why service took legal effect, by which channel, and the period it started.
 *
 * @param on the day of service, in the court's time zone; periods are counted from the day after it
 */
public record Effect(
        Instant at,
        LocalDate on,
        EffectBasis basis,
        ServiceChannel channel,
        @Nullable DependentPeriod period) {

    public Effect {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(channel, "channel");
    }
}
