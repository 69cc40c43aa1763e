package org.smartcourt.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetriesTests {

    private final Retries retries = new Retries(Duration.ofSeconds(30), Duration.ofMinutes(10), 5);

    @ParameterizedTest(name = "after {0} refusals wait {1}")
    @CsvSource({"1, PT30S", "2, PT1M", "3, PT2M", "5, PT8M", "6, PT10M", "20, PT10M"})
    void eachRefusalDoublesTheWaitUpToTheMaximum(int refusals, Duration wait) {
        assertThat(retries.after(refusals)).isEqualTo(wait);
    }

    @Test
    void aMessageIsGivenUpAfterTheLastAttempt() {
        assertThat(retries.exhausted(4)).isFalse();
        assertThat(retries.exhausted(5)).isTrue();
    }
}
