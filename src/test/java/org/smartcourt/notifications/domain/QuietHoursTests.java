package org.smartcourt.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.MessageKind;

class QuietHoursTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), SHANGHAI);

    @ParameterizedTest(name = "22:00–08:00 at {0}: quiet {1}")
    @CsvSource({
        "2026-12-01T21:59:59, false",
        "2026-12-01T22:00:00, true",
        "2026-12-01T23:30:00, true",
        "2026-12-02T00:00:00, true",
        "2026-12-02T07:59:59, true",
        "2026-12-02T08:00:00, false",
        "2026-12-02T12:00:00, false"
    })
    void theNightWindowRunsOverMidnight(LocalDateTime local, boolean quiet) {
        assertThat(NIGHT.contains(at(local))).isEqualTo(quiet);
    }

    @ParameterizedTest(name = "12:00–14:00 at {0}: quiet {1}")
    @CsvSource({"2026-12-01T11:59:59, false", "2026-12-01T12:00:00, true", "2026-12-01T14:00:00, false"})
    void aDaytimeWindowDoesNot(LocalDateTime local, boolean quiet) {
        var lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), SHANGHAI);

        assertThat(lunch.contains(at(local))).isEqualTo(quiet);
    }

    @Test
    void equalStartAndEndMeanNoQuietHours() {
        var none = new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0), SHANGHAI);

        assertThat(none.contains(at(LocalDateTime.parse("2026-12-01T22:00:00"))))
                .isFalse();
    }

    @ParameterizedTest(name = "{0} by {1} at 23:00 waits: {2}")
    @CsvSource({
        "REMINDER, EMAIL, true",
        "REMINDER, SMS, true",
        "ALERT, EMAIL, true",
        "ALERT, SMS, true",
        "REMINDER, INBOX, false",
        "LEGAL, EMAIL, false",
        "LEGAL, SMS, false"
    })
    void onlyRemindersAndAlertsByEmailAndTextWaitLegalMessagesNever(MessageKind kind, Channel channel, boolean waits) {
        assertThat(NIGHT.holds(kind, channel, at(LocalDateTime.parse("2026-12-01T23:00:00"))))
                .isEqualTo(waits);
    }

    @ParameterizedTest(name = "quiet hours holding {0} end at {1}")
    @CsvSource({
        "2026-12-01T23:00:00, 2026-12-02T08:00:00",
        "2026-12-02T03:00:00, 2026-12-02T08:00:00",
        "2026-12-02T09:00:00, 2026-12-02T09:00:00"
    })
    void heldMessagesGoOutWhenTheQuietHoursEnd(LocalDateTime local, LocalDateTime end) {
        assertThat(NIGHT.endAfter(at(local))).isEqualTo(at(end));
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(SHANGHAI).toInstant();
    }
}
