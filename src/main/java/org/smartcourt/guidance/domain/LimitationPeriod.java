package org.smartcourt.guidance.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CourtCalendar;

/**
 * Computes where a limitation period stands. Suspension (Civil Code Art. 194) and interruption (Art. 195) depend on
 * events the calculator does not ask about; the outlook names them instead of guessing.
 */
public final class LimitationPeriod {

    /** Civil Code Art. 194: obstacles suspend the period only in its last six months, the stretch to act in. */
    public static final Period LAST_STRETCH = Period.ofMonths(6);

    private final CourtCalendar calendar;

    public LimitationPeriod(CourtCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The outlook on {@code today} of a period under {@code rule} counted from {@code start}: the day the debt fell due
     * (its performance period ended) or the day the claimant learned of the harm and of who caused it.
     */
    public LimitationOutlook assess(LimitationRule rule, @Nullable LocalDate start, LocalDate today) {
        var length = rule.length();
        if (length == null) {
            return new LimitationOutlook(rule, LimitationStatus.NOT_APPLICABLE, start, null, null);
        }
        if (start == null) {
            return new LimitationOutlook(rule, LimitationStatus.UNKNOWN, null, null, null);
        }
        var last = lastDay(start, length);
        var daysLeft = ChronoUnit.DAYS.between(today, last);
        LimitationStatus status;
        if (start.isAfter(today)) {
            status = LimitationStatus.NOT_STARTED;
        } else if (today.isAfter(last)) {
            status = LimitationStatus.EXPIRED;
        } else if (!today.isBefore(last.minus(LAST_STRETCH))) {
            status = LimitationStatus.EXPIRING;
        } else {
            status = LimitationStatus.RUNNING;
        }
        return new LimitationOutlook(rule, status, start, last, daysLeft);
    }

    private LocalDate lastDay(LocalDate start, Period length) {
        // Civil Code Art. 201: the starting day is not counted; Art. 202: a period in years ends on the corresponding
        // day of the last month, or on that month's last day when it has none (29 February → 28 February)
        var last = start.plus(length);
        // Art. 203: a last day on a statutory holiday moves to the day after the holiday; weekends count as rest days
        // in practice (RULES.md §3.1, [U])
        while (calendar.isRestDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }
}
