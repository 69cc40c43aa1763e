package org.smartcourt.guidance.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the litigation-risk calculator.
 *
 * @param minimumClosedCases how many closed cases of a type a court needs before their durations are shown
 * @param statisticsCacheTime how long the durations of a court and cause are reused before the docket is asked again
 */
@ConfigurationProperties("smartcourt.guidance")
public record GuidanceProperties(
        @DefaultValue("10") int minimumClosedCases,
        @DefaultValue("10m") Duration statisticsCacheTime) {

    public GuidanceProperties {
        if (minimumClosedCases < 1) {
            throw new IllegalArgumentException("smartcourt.guidance.minimum-closed-cases is at least 1");
        }
        if (statisticsCacheTime.isNegative()) {
            throw new IllegalArgumentException("smartcourt.guidance.statistics-cache-time is not negative");
        }
    }
}
