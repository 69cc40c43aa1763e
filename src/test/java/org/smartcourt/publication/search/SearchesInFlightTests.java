package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SearchesInFlightTests {

    private final SearchesInFlight searches = new SearchesInFlight();

    @Test
    void an_import_does_not_wait_when_nobody_is_searching() throws InterruptedException {
        assertThat(searches.awaitNone(Duration.ofDays(1))).isTrue();
    }

    @Test
    void an_import_waits_for_the_running_search_to_end() throws Exception {
        searches.started();
        var waiting = new CountDownLatch(1);
        var importer = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try {
                return searches.awaitNone(Duration.ofDays(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.await();

        assertThat(importer).isNotDone();
        searches.ended();

        assertThat(importer.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void an_import_goes_on_after_its_patience_when_searches_never_stop() throws InterruptedException {
        searches.started();

        assertThat(searches.awaitNone(Duration.ofMillis(5))).isFalse();
        assertThat(searches.awaitNone(Duration.ZERO)).isFalse();
    }

    @Test
    void an_import_waits_until_the_last_of_several_searches_ends() throws Exception {
        searches.started();
        searches.started();
        searches.ended();

        assertThat(searches.awaitNone(Duration.ZERO)).isFalse();
        searches.ended();
        assertThat(searches.awaitNone(Duration.ZERO)).isTrue();
    }
}
