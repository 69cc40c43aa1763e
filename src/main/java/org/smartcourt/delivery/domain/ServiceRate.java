package org.smartcourt.delivery.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The online service rate of a court: the services that took effect through an electronic channel (inbox, e-mail or
 * text message) out of all services that took effect, whatever the way (electronic, postal, public notice).
 *
 * @param pending services started that have not yet taken effect, shown beside the rate but not in it
 */
public record ServiceRate(long electronic, long effective, long pending) {

    public ServiceRate {
        if (electronic < 0 || effective < electronic || pending < 0) {
            throw new IllegalArgumentException("Counts are not negative and electronic ones are part of all");
        }
    }

    /** The rate in percent with one decimal, rounded half up; empty while nothing took effect. */
    public Optional<BigDecimal> percent() {
        if (effective == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(electronic * 100).divide(BigDecimal.valueOf(effective), 1, RoundingMode.HALF_UP));
    }
}
