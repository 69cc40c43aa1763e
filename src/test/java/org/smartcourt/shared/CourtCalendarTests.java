package org.smartcourt.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CourtCalendarTests {

    static CourtCalendar shipped() throws IOException {
        try (InputStream input =
                Objects.requireNonNull(CourtCalendarTests.class.getResourceAsStream("/calendar/holidays-cn.txt"))) {
            return CourtCalendar.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        }
    }

    /** One row per counting rule: rule, start, days, last day. Dates from the 2026 calendar that ships. */
    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of("CPL 85: the starting day is not counted", "2026-03-02", 7, "2026-03-09"),
                Arguments.of("CPL 85: a last day on a Saturday moves to Monday", "2026-03-07", 7, "2026-03-16"),
                Arguments.of("CPL 85: a last day on a Sunday moves to Monday", "2026-03-08", 7, "2026-03-16"),
                Arguments.of("CPL 85: a last day in a holiday moves past it", "2026-09-28", 7, "2026-10-08"),
                Arguments.of(
                        "a holiday ending on a Monday moves the last day to Tuesday", "2026-02-10", 7, "2026-02-24"),
                Arguments.of("a weekend day made a working day (调休) ends the period", "2026-02-07", 7, "2026-02-14"),
                Arguments.of("holidays inside the period are counted", "2026-04-01", 7, "2026-04-08"),
                Arguments.of("RULES §3.5 example 1: 15 days from Fri 2024-03-01", "2024-03-01", 15, "2024-03-18"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void aPeriodEndsOnItsLastCourtDay(String rule, String start, int days, String lastDay) throws IOException {
        assertThat(shipped().lastDayOf(LocalDate.parse(start), days)).isEqualTo(LocalDate.parse(lastDay));
    }

    static Stream<Arguments> daysLeft() {
        return Stream.of(
                Arguments.of("on the day of receipt all 7 days are left", "2026-03-02", 7L),
                Arguments.of("on the last day none is left but it is still in time", "2026-03-09", 0L),
                Arguments.of("after the last day the period is overdue", "2026-03-10", -1L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("daysLeft")
    void daysLeftCountDownToTheLastDay(String rule, String today, long left) {
        var calendar = CourtCalendar.weekendsOnly();

        assertThat(calendar.daysLeft(LocalDate.of(2026, 3, 2), 7, LocalDate.parse(today)))
                .isEqualTo(left);
    }

    @Test
    void theShippedCalendarHoldsTheOfficial2026Schedule() throws IOException {
        var calendar = shipped();

        assertThat(calendar.holidays()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(calendar.workingWeekendDays())
                .containsExactlyInAnyOrder(
                        LocalDate.of(2026, 1, 4),
                        LocalDate.of(2026, 2, 14),
                        LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9),
                        LocalDate.of(2026, 9, 20),
                        LocalDate.of(2026, 10, 10));
        assertThat(calendar.isRestDay(LocalDate.of(2026, 10, 10))).isFalse();
        assertThat(calendar.isRestDay(LocalDate.of(2026, 10, 5))).isTrue();
    }

    @Test
    void aLineThatIsNeitherHolidayNorWorkdayIsRejectedWithItsNumber() {
        assertThatThrownBy(() -> CourtCalendar.parse(List.of("# note", "2026-10-01 HOLIDAY", "2026-10-02 PARTY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void aDayCannotBeBothHolidayAndWorkingDay() {
        assertThatThrownBy(() -> CourtCalendar.parse(List.of("2026-10-01 HOLIDAY", "2026-10-01 WORKDAY")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
