package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SearchRateLimiterTests {

    private final AtomicLong clock = new AtomicLong();

    private SearchRateLimiter limiter(int capacity, double perSecond) {
        return new SearchRateLimiter(new SearchProperties.RateLimit(true, capacity, perSecond, 1000), clock::get);
    }

    @Test
    void aClientMaySendItsBurstThenIsToldWhenTheNextTokenComes() {
        var limiter = limiter(3, 0.5);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("203.0.113.7");
        }

        assertThatThrownBy(() -> limiter.acquire("203.0.113.7"))
                .isInstanceOfSatisfying(SearchRejected.class, rejected -> {
                    assertThat(rejected.getStatusCode().value()).isEqualTo(429);
                    assertThat(rejected.getHeaders().getFirst("Retry-After")).isEqualTo("2");
                });
    }

    @Test
    void tokensComeBackAtTheConfiguredRateButNeverBeyondTheCapacity() {
        var limiter = limiter(2, 10);
        limiter.acquire("a");
        limiter.acquire("a");
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(SearchRejected.class);

        clock.addAndGet(100_000_000L); // 0.1 s: one token
        assertThatCode(() -> limiter.acquire("a")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(SearchRejected.class);

        clock.addAndGet(60_000_000_000L); // a minute: full again, two tokens only
        limiter.acquire("a");
        limiter.acquire("a");
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(SearchRejected.class);
    }

    @Test
    void eachClientHasItsOwnBucket() {
        var limiter = limiter(1, 1);
        limiter.acquire("a");

        assertThatCode(() -> limiter.acquire("b")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(SearchRejected.class);
    }

    @Test
    void aDisabledLimiterLetsEverySearchThrough() {
        var limiter = new SearchRateLimiter(new SearchProperties.RateLimit(false, 1, 1, 10), clock::get);

        assertThatCode(() -> {
                    for (int i = 0; i < 100; i++) {
                        limiter.acquire("a");
                    }
                })
                .doesNotThrowAnyException();
    }
}
