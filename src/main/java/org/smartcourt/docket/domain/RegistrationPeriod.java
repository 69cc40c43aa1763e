package org.smartcourt.docket.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import org.smartcourt.shared.CourtCalendar;

/**
 * The period for deciding on registration. CPL Art. 126: register within 7 days, or rule non-acceptance within 7
 * days; 民诉解释 Art. 126 and 在线诉讼规则 Art. 9(2): after a request for correction the period restarts the day after
 * the corrections arrive. Counted by CPL Art. 85 through the {@link CourtCalendar}.
 */
public record RegistrationPeriod(CourtCalendar calendar, int days, ZoneId zone) {

    public RegistrationPeriod {
        if (days < 1) {
            throw new IllegalArgumentException("The registration period lasts at least one day");
        }
    }

    /** The day the materials arrived: the filing, or the corrections after a request. */
    public LocalDate startOf(CourtCase courtCase) {
        return courtCase.receivedAt().atZone(zone).toLocalDate();
    }

    public LocalDate lastDayFor(CourtCase courtCase) {
        return calendar.lastDayOf(startOf(courtCase), days);
    }

    /** Days left until the last day of the period: 0 on the last day, negative when it is overdue. */
    public long daysLeft(CourtCase courtCase, LocalDate today) {
        return calendar.daysLeft(startOf(courtCase), days, today);
    }
}
