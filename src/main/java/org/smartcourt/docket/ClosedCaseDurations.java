package org.smartcourt.docket;

import org.jspecify.annotations.Nullable;

/**
 * How long the closed first-instance cases of one cause of action took at one court, in calendar days (Beijing time)
 * from registration (立案) to closing (结案); a statistic over cases, naming none of them.
 *
 * @param cases how many closed cases the figures cover
 * @param medianDays the median; null when there are no cases
 * @param eightiethPercentileDays the duration that four cases in five did not exceed; null when there are no cases
 */
public record ClosedCaseDurations(
        int cases, @Nullable Integer medianDays, @Nullable Integer eightiethPercentileDays) {

    public static final ClosedCaseDurations NONE = new ClosedCaseDurations(0, null, null);

    public ClosedCaseDurations {
        if (cases < 0) {
            throw new IllegalArgumentException("A number of cases is zero or more: " + cases);
        }
        if ((cases == 0) != (medianDays == null) || (medianDays == null) != (eightiethPercentileDays == null)) {
            throw new IllegalArgumentException("Durations exist exactly when there are cases");
        }
    }
}
