package org.smartcourt.docket.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.shared.CourtCalendar;

class RegistrationPeriodTests {

    private final RegistrationPeriod period =
            new RegistrationPeriod(CourtCalendar.weekendsOnly(), 7, ZoneId.of("Asia/Shanghai"));

    @Test
    void theDayOfReceiptIsTheDateInBeijing() {
        // 2026-03-01T17:00Z is 01:00 on Monday 2 March in Beijing.
        var courtCase = CourtCase.file(
                org.smartcourt.docket.CaseId.random(),
                CourtCaseFixture.privateLending(),
                Instant.parse("2026-03-01T17:00:00Z"),
                List.of());

        assertThat(period.startOf(courtCase)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(period.lastDayFor(courtCase)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void correctionsRestartThePeriodTheDayAfterTheyArrive() {
        var courtCase = CourtCaseFixture.in(CaseStatus.CORRECTION_REQUESTED);

        courtCase.resubmit(
                CourtCaseFixture.privateLending(),
                Actor.of("filer-zhang", ActorRole.FILER),
                Instant.parse("2026-03-16T02:00:00Z"));

        assertThat(period.lastDayFor(courtCase)).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(period.daysLeft(courtCase, LocalDate.of(2026, 3, 16))).isEqualTo(7);
    }
}
