package org.smartcourt.fees.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Every version of the schedule; the one in force on a day is the latest that took effect on or before it. */
public record FeeSchedules(List<FeeSchedule> versions) {

    public FeeSchedules {
        versions = versions.stream()
                .sorted(Comparator.comparing(FeeSchedule::effectiveFrom))
                .toList();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("No fee schedule");
        }
        for (int index = 1; index < versions.size(); index++) {
            if (versions.get(index)
                    .effectiveFrom()
                    .equals(versions.get(index - 1).effectiveFrom())) {
                throw new IllegalArgumentException(
                        "Two schedules take effect on " + versions.get(index).effectiveFrom());
            }
        }
    }

    public FeeSchedule inForceOn(LocalDate day) {
        FeeSchedule found = null;
        for (var version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                found = version;
            }
        }
        if (found == null) {
            throw new FeeFactsRejected(FeeFactsRejected.Reason.NO_SCHEDULE_IN_FORCE, day.toString());
        }
        return found;
    }
}
