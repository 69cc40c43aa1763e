package org.smartcourt.support;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the judgment search of every application context of the {@code opensearch} profile at the test JVM's own
 * OpenSearch node ({@link OpenSearchNode}), which starts before the context does, unless {@code OPENSEARCH_HOSTS}
 * names a cluster to use instead. Registered in {@code META-INF/spring.factories} of the test classpath, so that the
 * shared test context stays as it is; the build's {@code opensearch-it} run turns the profile on with the system
 * property {@code spring.profiles.include=opensearch}.
 */
class TestOpenSearchNode implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("opensearch")
                || environment.containsProperty("OPENSEARCH_HOSTS")) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-opensearch-node",
                        Map.of(
                                "smartcourt.publication.search.hosts",
                                OpenSearchNode.address(),
                                "smartcourt.publication.search.protocol",
                                "http")));
    }

    /** After the configuration files, which decide the active profiles. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
