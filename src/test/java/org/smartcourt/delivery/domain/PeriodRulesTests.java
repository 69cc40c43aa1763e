package org.smartcourt.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.shared.CourtCalendar;

/** The periods service starts and their last days (RULES.md §3.1, §3.5 and its worked examples). */
class PeriodRulesTests {

    /** 2024: National Day 1–7 October with working Sundays 29 September and 12 October (State Council schedule). */
    private static final CourtCalendar CALENDAR_2024 = calendar2024();

    static Stream<Arguments> periods() {
        return Stream.of(
                row(
                        "CPL Art. 128 + 85: answer 15 days from Fri 1 March 2024 ends Sat 16th, moved to Mon 18th",
                        DocumentKind.COMPLAINT_COPY,
                        false,
                        "2024-03-01",
                        PeriodKind.ANSWER,
                        15,
                        "2024-03-18"),
                row(
                        "CPL Art. 171 ¶1 + 85: appeal 15 days from Fri 20 Sept 2024 ends in National Day, moved to 8 Oct",
                        DocumentKind.JUDGMENT,
                        false,
                        "2024-09-20",
                        PeriodKind.APPEAL,
                        15,
                        "2024-10-08"),
                row(
                        "CPL Art. 171 ¶2: appeal against a ruling, 10 days from Mon 1 July 2024 ends Thu 11th",
                        DocumentKind.APPEALABLE_RULING,
                        false,
                        "2024-07-01",
                        PeriodKind.APPEAL,
                        10,
                        "2024-07-11"),
                row(
                        "CPL Art. 85: a working Saturday (调休) is not a rest day: 15 days from 27 Sept 2024 end 12 Oct",
                        DocumentKind.JUDGMENT,
                        false,
                        "2024-09-27",
                        PeriodKind.APPEAL,
                        15,
                        "2024-10-12"),
                row(
                        "CPL Art. 285: a defendant with no domicile in China answers within 30 days",
                        DocumentKind.COMPLAINT_COPY,
                        true,
                        "2024-03-01",
                        PeriodKind.ANSWER,
                        30,
                        "2024-04-01"),
                row(
                        "CPL Art. 286: a party with no domicile in China appeals a judgment within 30 days",
                        DocumentKind.JUDGMENT,
                        true,
                        "2024-07-01",
                        PeriodKind.APPEAL,
                        30,
                        "2024-07-31"),
                row(
                        "CPL Art. 286: a party with no domicile in China appeals a ruling within 30 days",
                        DocumentKind.APPEALABLE_RULING,
                        true,
                        "2024-07-01",
                        PeriodKind.APPEAL,
                        30,
                        "2024-07-31"),
                row(
                        "CPL Art. 174: the respondent answers an appeal within 15 days",
                        DocumentKind.APPEAL_COPY,
                        false,
                        "2024-07-01",
                        PeriodKind.ANSWER,
                        15,
                        "2024-07-16"),
                row(
                        "RULES §3.5 example 4: deemed served by notice on 5 June 2024, the answer period ends 20 June",
                        DocumentKind.COMPLAINT_COPY,
                        false,
                        "2024-06-05",
                        PeriodKind.ANSWER,
                        15,
                        "2024-06-20"),
                row("a summons starts no period", DocumentKind.SUMMONS, false, "2024-07-01", null, 0, null),
                row(
                        "a ruling that cannot be appealed starts no period",
                        DocumentKind.RULING,
                        false,
                        "2024-07-01",
                        null,
                        0,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void servicesStartTheirPeriods(
            String rule,
            DocumentKind kind,
            boolean abroad,
            String servedOn,
            @Nullable PeriodKind period,
            int days,
            @Nullable String lastDay) {
        var started = PeriodRules.startedBy(kind, abroad)
                .map(found -> PeriodRules.period(found, LocalDate.parse(servedOn), CALENDAR_2024));

        if (period == null) {
            assertThat(started).as(rule).isEmpty();
        } else {
            assertThat(started).as(rule).hasValueSatisfying(found -> {
                assertThat(found.kind()).isEqualTo(period);
                assertThat(found.days()).isEqualTo(days);
                assertThat(found.lastDay()).isEqualTo(LocalDate.parse(lastDay));
            });
        }
    }

    private static Arguments row(
            String rule,
            DocumentKind kind,
            boolean abroad,
            String servedOn,
            @Nullable PeriodKind period,
            int days,
            @Nullable String lastDay) {
        return Arguments.of(rule, kind, abroad, servedOn, period, days, lastDay);
    }

    private static CourtCalendar calendar2024() {
        var holidays = new HashSet<LocalDate>();
        for (var day = 1; day <= 7; day++) {
            holidays.add(LocalDate.of(2024, 10, day));
        }
        return new CourtCalendar(holidays, Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)));
    }
}
