package org.smartcourt.publication.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.smartcourt.shared.CourtCalendar;

/**
 * When an effective document must be on the public portal (法释〔2016〕19号 Art. 7; RULES.md §5.1): within 7 working
 * days of taking effect; a first-instance document that was appealed, within 7 working days of the second-instance
 * decision taking effect. Working days skip weekends and statutory holidays and count working weekend days (调休).
 *
 * @param periodStart the day the period runs from (not itself counted)
 * @param due the last day to publish
 * @param afterAppeal whether the period runs from the second instance's effect
 */
public record PublicationDeadline(LocalDate periodStart, LocalDate due, boolean afterAppeal) {

    /** Art. 7: seven working days. */
    public static final int WORKING_DAYS = 7;

    public PublicationDeadline {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(due, "due");
        if (!due.isAfter(periodStart)) {
            throw new IllegalArgumentException("The deadline lies after the day the period starts from");
        }
    }

    /** Art. 7, first sentence: the document took effect on {@code tookEffectOn}. */
    public static PublicationDeadline afterEffect(CourtCalendar calendar, LocalDate tookEffectOn) {
        return new PublicationDeadline(tookEffectOn, calendar.plusWorkingDays(tookEffectOn, WORKING_DAYS), false);
    }

    /**
     * Art. 7, second sentence: the first-instance document was appealed; the second-instance decision took effect on
     * {@code secondInstanceTookEffectOn}. When the first-instance document itself was decided or "took effect" is
     * irrelevant.
     */
    public static PublicationDeadline afterAppeal(CourtCalendar calendar, LocalDate secondInstanceTookEffectOn) {
        return new PublicationDeadline(
                secondInstanceTookEffectOn, calendar.plusWorkingDays(secondInstanceTookEffectOn, WORKING_DAYS), true);
    }

    /** Past the last day. */
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(due);
    }

    /** Calendar days from today to the last day: 0 on it, negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }
}
