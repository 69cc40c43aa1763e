package org.smartcourt.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTests {

    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(60), 10, Duration.ofMinutes(30));
    private final Instant start = Instant.parse("2026-11-29T02:00:00Z");

    private LoginAttempts failures(int count) {
        var attempts = LoginAttempts.NONE;
        for (var i = 0; i < count; i++) {
            attempts = throttle.afterFailure(attempts, start);
        }
        return attempts;
    }

    @ParameterizedTest(name = "after {0} failures the next attempt waits {1} s")
    @CsvSource({"0, 0", "1, 0", "2, 0", "3, 1", "4, 2", "5, 4", "6, 8", "7, 16", "8, 32", "9, 60"})
    void requiresAnIncreasingWaitFromTheThirdFailure(int count, long seconds) {
        assertThat(throttle.delayAfter(count)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void letsTheFirstThreeAttemptsThroughWithoutWaiting() {
        assertThat(throttle.decide(failures(2), start)).isInstanceOf(LoginThrottle.Decision.Allowed.class);
    }

    @Test
    void refusesAnAttemptTooSoonAfterTheThirdFailureAndSaysHowLongToWait() {
        var decision = throttle.decide(failures(3), start.plusMillis(200));

        assertThat(decision).isEqualTo(new LoginThrottle.Decision.Wait(Duration.ofMillis(800)));
    }

    @Test
    void allowsTheAttemptOnceTheWaitIsOver() {
        assertThat(throttle.decide(failures(4), start.plusSeconds(2)))
                .isInstanceOf(LoginThrottle.Decision.Allowed.class);
    }

    @Test
    void locksTheAccountForHalfAnHourOnTheTenthConsecutiveFailure() {
        var nine = failures(9);
        var ten = throttle.afterFailure(nine, start);

        assertThat(throttle.locksNow(nine, ten)).isTrue();
        assertThat(throttle.decide(ten, start.plus(Duration.ofMinutes(29))))
                .isEqualTo(new LoginThrottle.Decision.Locked(start.plus(Duration.ofMinutes(30))));
    }

    @Test
    void startsCountingAfreshWhenTheLockHasExpired() {
        var locked = failures(10);
        var later = start.plus(Duration.ofMinutes(31));

        assertThat(throttle.decide(locked, later)).isInstanceOf(LoginThrottle.Decision.Allowed.class);
        assertThat(throttle.afterFailure(locked, later).consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void aSuccessForgetsThePastFailures() {
        assertThat(throttle.afterSuccess()).isEqualTo(LoginAttempts.NONE);
        assertThat(throttle.decide(throttle.afterSuccess(), start)).isInstanceOf(LoginThrottle.Decision.Allowed.class);
    }
}
