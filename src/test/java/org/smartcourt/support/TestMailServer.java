package org.smartcourt.support;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the SMTP settings of every application context of the {@code test} profile at the in-process SMTP server
 * of the test JVM ({@link Mailbox}), which starts on a free port before the context does. Registered in {@code
 * META-INF/spring.factories} of the test classpath, so that the shared test context stays as it is.
 */
class TestMailServer implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("test")) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-mail-server",
                        Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", Mailbox.port())));
    }

    /** After the configuration files, which decide the active profiles. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
