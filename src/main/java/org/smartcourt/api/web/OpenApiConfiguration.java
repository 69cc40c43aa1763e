package org.smartcourt.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs} and browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";
    static final String PROBLEM = "ProblemDetail";

    private static final String DESCRIPTION = """
            REST/JSON interface of the SmartCourt platform (online filing, fees, service, hearings, openness).

            * Authenticate with a bearer JWT in `Authorization: Bearer <token>`; public endpoints ignore it.
            * Every error is an RFC 9457 problem (`application/problem+json`) with `type`, `title`, `status`, \
            `detail` and `instance`, in the language of `Accept-Language` (`zh-CN` by default, `en`). \
            Validation errors add `errors`: one `{field, message}` per invalid field.
            * Effectful requests (POST, PUT, PATCH, DELETE) accept an `Idempotency-Key` header (1 to 255 visible ASCII \
            characters, e.g. a UUID): repeating the request with the same key and body replays the first response \
            with `Idempotent-Replayed: true`; the same key with another body is refused with 422.
            * Request bodies are limited in size (413 beyond it).
            """;

    @Bean
    OpenAPI smartCourtOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("SmartCourt API")
                        .version("v1")
                        .description(DESCRIPTION)
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSchemas(PROBLEM, problemSchema())
                        .addResponses(PROBLEM, problemResponse()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Every operation documents that its errors are problem details. */
    @Bean
    OpenApiCustomizer problemResponsesByDefault() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        if (operation.getResponses() != null
                                && !operation.getResponses().containsKey("default")) {
                            operation
                                    .getResponses()
                                    .addApiResponse(
                                            "default", new ApiResponse().$ref("#/components/responses/" + PROBLEM));
                        }
                    }));
        };
    }

    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("email"))
                .addProperty("message", new StringSchema().example("不是一个合法的电子邮件地址"));
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri-reference").example("/problems/validation-failed"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32").example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError))
                .addProperty("correlationId", new StringSchema().description("Quoted to support for 500 errors"));
    }

    private static ApiResponse problemResponse() {
        return new ApiResponse()
                .description("An error, as RFC 9457 problem details")
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
