package org.smartcourt.filing.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.filing.domain.SchemaCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads every {@code filing/schemas/<type>/v<version>.json} on the class path at start-up, so that a new case type is a
 * new file. A file whose id or version differs from its path, or that breaks a schema invariant, stops the start.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaFiles {

    static final String LOCATION = "classpath*:filing/schemas/*/v*.json";
    private static final Pattern PATH = Pattern.compile(".*/filing/schemas/([a-z0-9-]+)/v(\\d+)\\.json$");

    @Bean
    SchemaCatalogue schemaCatalogue() {
        return load();
    }

    /** Reads the shipped schemas; also used by tests and benchmarks without Spring. */
    public static SchemaCatalogue load() {
        var json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        var schemas = new ArrayList<ElementSchema>();
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                var path = resource.getURL().toString();
                var matcher = PATH.matcher(path);
                if (!matcher.matches()) {
                    throw new IllegalStateException("Unexpected schema file " + path);
                }
                ElementSchema schema;
                try (var in = resource.getInputStream()) {
                    schema = json.readValue(in, ElementSchema.class);
                }
                if (!schema.id().equals(matcher.group(1)) || schema.version() != Integer.parseInt(matcher.group(2))) {
                    throw new IllegalStateException(
                            "The schema in " + path + " says it is " + schema.id() + " v" + schema.version());
                }
                schemas.add(schema);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the element schemas", e);
        }
        return new SchemaCatalogue(schemas);
    }
}
