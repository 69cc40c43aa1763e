package org.smartcourt.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.shared.CourtCalendar;

/** The limitation rules, one row per rule, with the article it applies. */
class LimitationPeriodTests {

    /** Weekends, and the 2024 National Day holiday (1–7 October) as the State Council set it. */
    private static final CourtCalendar CALENDAR = new CourtCalendar(
            Set.copyOf(IntStream.rangeClosed(1, 7)
                    .mapToObj(day -> LocalDate.of(2024, 10, day))
                    .toList()),
            Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)));

    private final LimitationPeriod period = new LimitationPeriod(CALENDAR);

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(
                        "Civil Code Art. 188, 201, 202: three years, ending on the corresponding day",
                        LimitationRule.CIVIL_CODE,
                        "2023-05-11",
                        "2024-01-15",
                        LimitationStatus.RUNNING,
                        "2026-05-11"),
                Arguments.of(
                        "Civil Code Art. 202: no corresponding day (29 February), so the month's last day",
                        LimitationRule.CIVIL_CODE,
                        "2020-02-29",
                        "2022-06-01",
                        LimitationStatus.RUNNING,
                        "2023-02-28"),
                Arguments.of(
                        "Civil Code Art. 203: a last day in a statutory holiday moves to the day after it",
                        LimitationRule.CIVIL_CODE,
                        "2021-10-03",
                        "2023-01-03",
                        LimitationStatus.RUNNING,
                        "2024-10-08"),
                Arguments.of(
                        "Civil Code Art. 203: a last day on a Sunday moves to Monday",
                        LimitationRule.CIVIL_CODE,
                        "2023-05-10",
                        "2024-01-15",
                        LimitationStatus.RUNNING,
                        "2026-05-11"),
                Arguments.of(
                        "Civil Code Art. 194: the last six months are the stretch to act in",
                        LimitationRule.CIVIL_CODE,
                        "2023-05-11",
                        "2025-11-11",
                        LimitationStatus.EXPIRING,
                        "2026-05-11"),
                Arguments.of(
                        "Civil Code Art. 194: the day before the last six months the period still runs plainly",
                        LimitationRule.CIVIL_CODE,
                        "2023-05-11",
                        "2025-11-10",
                        LimitationStatus.RUNNING,
                        "2026-05-11"),
                Arguments.of(
                        "Civil Code Art. 203: the last day counts in full (until midnight)",
                        LimitationRule.CIVIL_CODE,
                        "2023-05-11",
                        "2026-05-11",
                        LimitationStatus.EXPIRING,
                        "2026-05-11"),
                Arguments.of(
                        "Civil Code Art. 188, 192: the day after the last day the period has expired",
                        LimitationRule.CIVIL_CODE,
                        "2023-05-11",
                        "2026-05-12",
                        LimitationStatus.EXPIRED,
                        "2026-05-11"),
                Arguments.of(
                        "Civil Code Art. 188: a debt not yet due has not started the period",
                        LimitationRule.CIVIL_CODE,
                        "2026-01-05",
                        "2025-06-01",
                        LimitationStatus.NOT_STARTED,
                        "2029-01-05"),
                Arguments.of(
                        "劳动争议调解仲裁法 Art. 27: one year to apply for labour arbitration",
                        LimitationRule.LABOUR_ARBITRATION,
                        "2025-03-03",
                        "2025-06-01",
                        LimitationStatus.RUNNING,
                        "2026-03-03"),
                Arguments.of(
                        "劳动争议调解仲裁法 Art. 27 with Civil Code Art. 202: one year from 29 February",
                        LimitationRule.LABOUR_ARBITRATION,
                        "2024-02-29",
                        "2025-03-01",
                        LimitationStatus.EXPIRED,
                        "2025-02-28"),
                Arguments.of(
                        "Civil Code Art. 188, 196: dissolving a marriage is not subject to limitation",
                        LimitationRule.NONE,
                        "2001-01-01",
                        "2025-06-01",
                        LimitationStatus.NOT_APPLICABLE,
                        null),
                Arguments.of(
                        "Civil Code Art. 188: without a start date nothing can be said",
                        LimitationRule.CIVIL_CODE,
                        null,
                        "2025-06-01",
                        LimitationStatus.UNKNOWN,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theOutlookFollowsTheRule(
            String rule,
            LimitationRule limitation,
            @Nullable String start,
            String today,
            LimitationStatus expected,
            @Nullable String lastDay) {
        var outlook = period.assess(limitation, start == null ? null : LocalDate.parse(start), LocalDate.parse(today));

        assertThat(outlook.status()).isEqualTo(expected);
        assertThat(outlook.lastDay()).isEqualTo(lastDay == null ? null : LocalDate.parse(lastDay));
        if (lastDay != null) {
            assertThat(outlook.daysLeft())
                    .isEqualTo(
                            LocalDate.parse(today).until(LocalDate.parse(lastDay), java.time.temporal.ChronoUnit.DAYS));
        }
    }
}
