package org.smartcourt.runtime;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of one platform node.
 *
 * @param dataDir where the embedded database, the search index and the document store live
 * @param embeddedDatabase how the embedded PostgreSQL is run when no external database is configured
 */
@ConfigurationProperties("smartcourt")
public record RuntimeProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue EmbeddedDatabase embeddedDatabase) {

    /**
     * @param port fixed port, or 0 for any free port
     * @param sharedPerJvm let every application context of the JVM use one server (tests start several)
     * @param fresh start from an empty data directory (tests)
     * @param durable flush every commit to disk; only throw-away test databases turn this off
     */
    public record EmbeddedDatabase(
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean sharedPerJvm,
            @DefaultValue("false") boolean fresh,
            @DefaultValue("true") boolean durable) {}
}
