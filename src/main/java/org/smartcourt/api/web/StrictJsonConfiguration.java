package org.smartcourt.api.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies with fields the endpoint does not know are refused (a misspelt field would otherwise be dropped
 * silently). Jackson 3 defaults {@code FAIL_ON_UNKNOWN_PROPERTIES} to false and Spring Boot keeps it off; it is
 * switched on only for the server's HTTP message converter, so that events and HTTP clients stay tolerant.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration implements WebMvcConfigurer {

    private final JsonMapper jsonMapper;

    StrictJsonConfiguration(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        var strict = jsonMapper
                .rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }
}
