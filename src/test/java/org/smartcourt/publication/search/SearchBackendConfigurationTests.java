package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchBackendConfigurationTests {

    private static SearchProperties properties(SearchProperties.Backend backend, String user) {
        return new SearchProperties(
                backend,
                "",
                List.of("search-1:9200", "search-2:9200"),
                "https",
                user,
                user == null ? null : "secret",
                "write-sync",
                java.time.Duration.ofSeconds(1),
                200,
                50,
                10_000,
                10_000,
                20_000,
                5_000,
                new SearchProperties.RateLimit(true, 60, 10, 1000),
                new SearchProperties.Reindex(1, 100, true, 64));
    }

    @Test
    void theDefaultIsALuceneIndexUnderTheDataDirectoryWithTheChineseAnalyzers() {
        var settings = SearchBackendConfiguration.hibernateSearchSettings(
                properties(SearchProperties.Backend.LUCENE, null), Path.of("/var/smartcourt"));

        assertThat(settings)
                .containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.root", "/var/smartcourt/search-index")
                .containsEntry(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + ChineseLuceneAnalysis.class.getName())
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "write-sync")
                .containsEntry("hibernate.search.backend.io.refresh_interval", "1000");
    }

    @Test
    void openSearchIsConfigurationOnly() {
        var settings = SearchBackendConfiguration.hibernateSearchSettings(
                properties(SearchProperties.Backend.OPENSEARCH, "smartcourt"), Path.of("/var/smartcourt"));

        assertThat(settings)
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.version", "opensearch:2.19")
                .containsEntry("hibernate.search.backend.hosts", "search-1:9200,search-2:9200")
                .containsEntry("hibernate.search.backend.protocol", "https")
                .containsEntry("hibernate.search.backend.username", "smartcourt")
                .containsEntry("hibernate.search.backend.password", "secret")
                .containsEntry(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + ChineseOpenSearchAnalysis.class.getName())
                .doesNotContainKey("hibernate.search.backend.directory.root");
    }
}
