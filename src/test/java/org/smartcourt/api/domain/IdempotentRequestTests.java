package org.smartcourt.api.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdempotentRequestTests {

    private static final Instant CREATED = Instant.parse("2026-11-29T02:00:00Z");
    private static final RequestFingerprint FIRST = RequestFingerprint.of("POST", "/api/v1/x", "1".getBytes(UTF_8));
    private static final RequestFingerprint OTHER = RequestFingerprint.of("POST", "/api/v1/x", "2".getBytes(UTF_8));
    private static final StoredResponse CREATED_201 =
            new StoredResponse(201, "application/json", "/api/v1/x/1", "{}".getBytes(UTF_8));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same body after an answer replays the answer   | true  | true  | Replay
            same body while running is in flight           | false | true  | InFlight
            another body after an answer reuses the key    | true  | false | KeyReused
            another body while running reuses the key      | false | false | KeyReused
            """)
    void aRepetitionIsAnsweredByWhatHappenedToTheFirstRequest(
            String rule, boolean answered, boolean sameBody, String decision) {
        var request = new IdempotentRequest(
                "anonymous POST /api/v1/x", new IdempotencyKey("k"), FIRST, CREATED, answered ? CREATED_201 : null);

        var answer = request.answer(sameBody ? FIRST : OTHER);

        assertThat(answer.getClass().getSimpleName()).isEqualTo(decision);
        if (answer instanceof IdempotencyDecision.Replay replay) {
            assertThat(replay.response()).isEqualTo(CREATED_201);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an answer within the retention binds the key        | true  | PT23H | false
            an answer past the retention is stale               | true  | PT25H | true
            a request running for a minute still binds the key  | false | PT1M  | false
            a request running past the lock timeout is stale    | false | PT6M  | true
            """)
    void recordsLapseAfterTheRetentionOrWhenTheirNodeDied(String rule, boolean answered, Duration age, boolean stale) {
        var request = new IdempotentRequest(
                "anonymous POST /api/v1/x", new IdempotencyKey("k"), FIRST, CREATED, answered ? CREATED_201 : null);
        var now = CREATED.plus(age);

        assertThat(request.isStale(now.minus(Duration.ofHours(24)), now.minus(Duration.ofMinutes(5))))
                .isEqualTo(stale);
    }
}
