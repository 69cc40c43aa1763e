package org.smartcourt.guidance.application;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.smartcourt.docket.Docket;
import org.smartcourt.guidance.domain.DurationStatistics;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/**
 * The docket's durations of closed cases, per court and cause, kept for a while: the public calculator must not turn
 * every anonymous request into a database aggregate. Only known courts and causes reach it, so the cache is bounded.
 */
@Component
class CourtStatistics {

    private record Key(CourtCode court, String cause) {}

    private record Entry(DurationStatistics statistics, Instant until) {}

    private final Docket docket;
    private final GuidanceProperties properties;
    private final Clock clock;
    private final ConcurrentHashMap<Key, Entry> cache = new ConcurrentHashMap<>();

    CourtStatistics(Docket docket, GuidanceProperties properties, Clock clock) {
        this.docket = docket;
        this.properties = properties;
        this.clock = clock;
    }

    DurationStatistics of(CourtCode court, String cause) {
        var now = clock.instant();
        return cache.compute(
                        new Key(court, cause),
                        (key, cached) -> cached != null && now.isBefore(cached.until())
                                ? cached
                                : new Entry(measure(court, cause), now.plus(properties.statisticsCacheTime())))
                .statistics();
    }

    private DurationStatistics measure(CourtCode court, String cause) {
        var closed = docket.closedCaseDurations(court, cause);
        return new DurationStatistics(
                closed.cases(), properties.minimumClosedCases(), closed.medianDays(), closed.eightiethPercentileDays());
    }
}
