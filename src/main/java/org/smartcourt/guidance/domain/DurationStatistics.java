package org.smartcourt.guidance.domain;

import org.jspecify.annotations.Nullable;

/**
 * How long closed cases of the type took at the court, in days from registration to closing, and the number of cases
 * below which the figures are withheld: a median of three cases says little and may point at a person.
 */
public record DurationStatistics(
        int cases,
        int minimumCases,
        @Nullable Integer medianDays,
        @Nullable Integer eightiethPercentileDays) {

    public DurationStatistics {
        if (cases < 0 || minimumCases < 1) {
            throw new IllegalArgumentException("Cases are counted from zero, the minimum from one");
        }
        if (cases < minimumCases) {
            medianDays = null;
            eightiethPercentileDays = null;
        } else if (medianDays == null || eightiethPercentileDays == null) {
            throw new IllegalArgumentException("Enough cases come with their median and 80th percentile");
        }
    }

    /** Whether there are enough closed cases to show the figures. */
    public boolean sufficient() {
        return cases >= minimumCases;
    }
}
