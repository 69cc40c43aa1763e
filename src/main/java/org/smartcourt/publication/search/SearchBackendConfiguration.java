package org.smartcourt.publication.search;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@code smartcourt.publication.search.*} into Hibernate Search settings, so that moving from the embedded
 * Lucene index to an OpenSearch cluster is configuration only.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

    @Bean
    HibernatePropertiesCustomizer judgmentSearchBackend(
            SearchProperties search, @Value("${smartcourt.data-dir:./data}") Path dataDir) {
        return properties -> properties.putAll(hibernateSearchSettings(search, dataDir));
    }

    static Map<String, Object> hibernateSearchSettings(SearchProperties search, Path dataDir) {
        var settings = new java.util.HashMap<String, Object>();
        settings.put("hibernate.search.indexing.plan.synchronization.strategy", search.synchronization());
        switch (search.backend()) {
            case LUCENE -> {
                var directory = search.indexDirectory().isBlank()
                        ? dataDir.resolve("search-index")
                        : Path.of(search.indexDirectory());
                settings.put("hibernate.search.backend.type", "lucene");
                settings.put(
                        "hibernate.search.backend.directory.root",
                        directory.toAbsolutePath().toString());
                settings.put(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + ChineseLuceneAnalysis.class.getName());
                settings.put(
                        "hibernate.search.backend.io.refresh_interval",
                        Long.toString(search.refreshInterval().toMillis()));
                settings.put(
                        "hibernate.search.backend.io.writer.ram_buffer_size",
                        Integer.toString(search.reindex().ramBufferMb()));
            }
            case OPENSEARCH -> {
                settings.put("hibernate.search.backend.type", "elasticsearch");
                settings.put("hibernate.search.backend.version", "opensearch:2.19");
                settings.put("hibernate.search.backend.hosts", String.join(",", search.hosts()));
                settings.put("hibernate.search.backend.protocol", search.protocol());
                if (search.username() != null) {
                    settings.put("hibernate.search.backend.username", search.username());
                }
                if (search.password() != null) {
                    settings.put("hibernate.search.backend.password", search.password());
                }
                settings.put(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + ChineseOpenSearchAnalysis.class.getName());
            }
        }
        return settings;
    }
}
