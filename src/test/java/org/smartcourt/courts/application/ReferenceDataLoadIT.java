package org.smartcourt.courts.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smartcourt.courts.reference.Dataset;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CourtIntegrationTest
class ReferenceDataLoadIT {

    @Autowired
    LoadReferenceData loader;

    @Autowired
    JdbcTemplate jdbc;

    /** The shipped files under names never loaded before, so that this test does not depend on the others. */
    private static Dataset[] freshDatasets() {
        var suffix = "-" + UUID.randomUUID();
        var courts = Dataset.courts();
        var caseTypes = Dataset.caseTypes();
        return new Dataset[] {
            new Dataset(courts.name() + suffix, courts.files()),
            new Dataset(caseTypes.name() + suffix, caseTypes.files())
        };
    }

    @Test
    void aRestartWithUnchangedFilesLoadsNothing() {
        var datasets = freshDatasets();
        var first = loader.load(datasets[0], datasets[1]);

        var second = loader.load(datasets[0], datasets[1]);

        assertThat(first).containsExactly(datasets[0].name(), datasets[1].name());
        assertThat(second).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select row_count from courts_reference_load where dataset = ?",
                        Integer.class,
                        datasets[0].name()))
                .isEqualTo(3526);
    }

    @Test
    void nodesStartingTogetherLoadOnce() throws Exception {
        var datasets = freshDatasets();
        var start = new CountDownLatch(1);
        var nodes = Executors.newFixedThreadPool(2);
        try {
            var results = new ArrayList<Future<List<String>>>();
            for (int node = 0; node < 2; node++) {
                results.add(nodes.submit(() -> {
                    start.await();
                    return loader.load(datasets[0], datasets[1]);
                }));
            }
            start.countDown();

            var loaded = new ArrayList<String>();
            for (var result : results) {
                loaded.addAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(loaded).containsExactlyInAnyOrder(datasets[0].name(), datasets[1].name());
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void theCourtListIsInTheTables() {
        assertThat(jdbc.queryForObject("select count(*) from court", Integer.class))
                .isGreaterThanOrEqualTo(3526);
        assertThat(jdbc.queryForObject("select count(distinct type_code) from case_type", Integer.class))
                .isEqualTo(130);
    }
}
