package org.smartcourt.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.api.application.ClaimIdempotencyKey;
import org.smartcourt.api.domain.IdempotencyDecision;
import org.smartcourt.api.domain.IdempotencyKey;
import org.smartcourt.api.domain.IdempotentRequests;
import org.smartcourt.api.domain.RequestFingerprint;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A request repeated with the same Idempotency-Key acts once and is answered the same way every time. */
@CourtIntegrationTest
class IdempotencyKeyIT {

    private static final String REGISTRATIONS = ConventionsProbeController.PATH + "/registrations";

    @LocalServerPort
    int port;

    @Autowired
    ClaimIdempotencyKey claims;

    @Autowired
    IdempotentRequests requests;

    private ApiCalls api;
    private String name;

    @BeforeEach
    void connect() {
        api = new ApiCalls(port);
        name = "n-" + UUID.randomUUID();
    }

    private String body() {
        return """
                {"name":"%s","email":"someone@example.cn","age":30,"role":"DEFENDANT",
                 "address":{"city":"青岛","street":"香港中路 1 号"}}""".formatted(name);
    }

    private HttpResponse<String> register(String body, String... headers) throws Exception {
        return api.postJson(REGISTRATIONS, body, headers);
    }

    private int registrations() throws Exception {
        return Integer.parseInt(api.get(REGISTRATIONS + "/count?name=" + name).body());
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    @Test
    void repeatingARequestWithItsKeyReplaysTheFirstAnswerAndActsOnce() throws Exception {
        var key = newKey();

        var first = register(body(), "Idempotency-Key", key);
        var repeated = register(body(), "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(repeated.body()).isEqualTo(first.body());
        assertThat(repeated.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(repeated.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(repeated.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(registrations()).isEqualTo(1);
    }

    @Test
    void reusingAKeyForAnotherRequestIsRefused() throws Exception {
        var key = newKey();
        register(body(), "Idempotency-Key", key);

        var other = register(body().replace("DEFENDANT", "PLAINTIFF"), "Idempotency-Key", key, "Accept-Language", "en");

        assertThat(other.statusCode()).isEqualTo(422);
        var problem = ApiCalls.json(other);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(problem.path("title").asString()).isEqualTo("Idempotency key used for another request");
        assertThat(registrations()).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestActs() throws Exception {
        register(body());
        var second = register(body());

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(registrations()).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsRefusedAndNothingIsDone() throws Exception {
        var spaced = register(body(), "Idempotency-Key", "two words");
        var tooLong = register(body(), "Idempotency-Key", "k".repeat(256));

        for (var response : new HttpResponse<?>[] {spaced, tooLong}) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(ApiCalls.json((HttpResponse<String>) response)
                            .path("type")
                            .asString())
                    .isEqualTo("/problems/idempotency-key-invalid");
        }
        assertThat(registrations()).isZero();
    }

    @Test
    void keysBelongToTheirPrincipal() throws Exception {
        var key = newKey();

        var alice = register(body(), "Idempotency-Key", key, ConventionsProbeSecurity.USER_HEADER, "alice");
        var bob = register(body(), "Idempotency-Key", key, ConventionsProbeSecurity.USER_HEADER, "bob");
        var aliceAgain = register(body(), "Idempotency-Key", key, ConventionsProbeSecurity.USER_HEADER, "alice");

        assertThat(alice.statusCode()).isEqualTo(201);
        assertThat(bob.statusCode()).isEqualTo(201);
        assertThat(bob.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(aliceAgain.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(registrations()).isEqualTo(2);
    }

    @Test
    void aRefusedRequestIsReplayedAsRefused() throws Exception {
        var key = newKey();
        var invalid = body().replace("someone@example.cn", "nobody");

        var first = register(invalid, "Idempotency-Key", key);
        var repeated = register(invalid, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(repeated.statusCode()).isEqualTo(400);
        assertThat(repeated.body()).isEqualTo(first.body());
        assertThat(repeated.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void aServerErrorFreesTheKeyForARetry() throws Exception {
        var key = newKey();
        var failures = api.to(ConventionsProbeController.PATH + "/failures", "Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.noBody());

        var first = api.send(failures);
        var retry = api.send(failures);

        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(retry.statusCode()).isEqualTo(500);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(ApiCalls.json(retry).path("correlationId").asString())
                .isNotEqualTo(ApiCalls.json(first).path("correlationId").asString());
    }

    @Test
    void aRepetitionWhileTheFirstRequestRunsIsAskedToWait() throws Exception {
        var key = newKey();
        var running = claims.claim(
                "anonymous POST " + REGISTRATIONS,
                new IdempotencyKey(key),
                RequestFingerprint.of("POST", REGISTRATIONS, body().getBytes(UTF_8)));
        assertThat(running).isInstanceOf(IdempotencyDecision.Proceed.class);

        var repetition = register(body(), "Idempotency-Key", key);

        assertThat(repetition.statusCode()).isEqualTo(409);
        assertThat(ApiCalls.json(repetition).path("type").asString()).isEqualTo("/problems/idempotency-key-in-flight");
        assertThat(repetition.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(registrations()).isZero();
    }

    @Test
    void expiredRecordsAreForgotten() {
        var scope = "anonymous POST /api/v1/expiry-" + UUID.randomUUID();
        var key = new IdempotencyKey(newKey());
        var fingerprint = RequestFingerprint.of("POST", "/x", new byte[0]);
        var now = Instant.now();
        requests.claim(scope, key, fingerprint, now.minus(Duration.ofHours(25)));

        requests.removeCreatedBefore(now.minus(Duration.ofHours(24)));

        assertThat(requests.find(scope, key)).isEmpty();
    }
}
