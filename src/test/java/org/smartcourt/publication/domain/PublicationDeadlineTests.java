package org.smartcourt.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.shared.CourtCalendar;

/** 法释〔2016〕19号 Art. 7: publish within 7 working days of effect, counted on the 2026 calendar that ships. */
class PublicationDeadlineTests {

    private static final CourtCalendar CALENDAR = shipped();

    static CourtCalendar shipped() {
        try (InputStream input = Objects.requireNonNull(
                PublicationDeadlineTests.class.getResourceAsStream("/calendar/holidays-cn.txt"))) {
            return CourtCalendar.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}: in effect {1} → publish by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the day of effect is not counted; Mon to the next Wed                        | 2026-03-02 | 2026-03-11
            a weekend inside the period is skipped                                       | 2026-03-05 | 2026-03-16
            effect on a Saturday: counting starts Monday                                 | 2026-03-07 | 2026-03-17
            Qingming 04-04…06 is skipped                                                 | 2026-04-02 | 2026-04-14
            Labour Day 05-01…05 skipped, Sat 05-09 is a working day (调休)                | 2026-04-29 | 2026-05-12
            Spring Festival: Sat 02-14 works, 02-15…23 off, Sat 02-28 works              | 2026-02-13 | 2026-03-02
            National Day 10-01…07 off, Sat 10-10 works                                   | 2026-09-30 | 2026-10-15
            Dragon Boat 06-19…21 is skipped                                              | 2026-06-18 | 2026-06-30
            New Year 01-01…03 off, Sun 01-04 works                                       | 2025-12-31 | 2026-01-12
            """)
    void aDocumentIsPublishedWithinSevenWorkingDaysOfTakingEffect(String rule, LocalDate effect, LocalDate due) {
        var deadline = PublicationDeadline.afterEffect(CALENDAR, effect);

        assertThat(deadline.due()).as(rule).isEqualTo(due);
        assertThat(deadline.afterAppeal()).isFalse();
    }

    @ParameterizedTest(name = "{0}: second instance in effect {2} → publish by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            decided in March, appealed; the second instance ends in June (Dragon Boat)   | 2026-03-02 | 2026-06-18 | 2026-06-30
            appealed over New Year; the second instance ends in National Day week        | 2025-12-20 | 2026-09-30 | 2026-10-15
            """)
    void anAppealedFirstInstanceDocumentCountsFromTheSecondInstance(
            String rule, LocalDate firstInstanceDecided, LocalDate secondInstanceEffect, LocalDate due) {
        var deadline = PublicationDeadline.afterAppeal(CALENDAR, secondInstanceEffect);

        assertThat(deadline.due()).as(rule).isEqualTo(due);
        assertThat(deadline.due())
                .isAfter(PublicationDeadline.afterEffect(CALENDAR, firstInstanceDecided)
                        .due());
        assertThat(deadline.afterAppeal()).isTrue();
        assertThat(deadline.periodStart()).isEqualTo(secondInstanceEffect);
    }

    @Test
    void anItemIsOverdueTheDayAfterItsLastDayNotOnIt() {
        var deadline = PublicationDeadline.afterEffect(CALENDAR, LocalDate.parse("2026-03-02"));

        assertThat(deadline.isOverdue(LocalDate.parse("2026-03-11"))).isFalse();
        assertThat(deadline.daysLeft(LocalDate.parse("2026-03-11"))).isZero();
        assertThat(deadline.isOverdue(LocalDate.parse("2026-03-12"))).isTrue();
        assertThat(deadline.daysLeft(LocalDate.parse("2026-03-13"))).isEqualTo(-2);
    }
}
