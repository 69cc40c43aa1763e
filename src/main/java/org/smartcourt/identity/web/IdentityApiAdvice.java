package org.smartcourt.identity.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.smartcourt.identity.application.IdentityProblem;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the identity API's field errors into a localised problem with an {@code errors} list of {@code {field,
 * message}}. Unreadable bodies (a field of the wrong type) and every other {@link IdentityProblem} are left to the api
 * module's handler, which names the field and localises the message codes.
 */
@RestControllerAdvice(assignableTypes = IdentityApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityApiAdvice {

    private final MessageSource messages;

    IdentityApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IdentityProblem.InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalid(IdentityProblem.InvalidRequest problem, Locale locale) {
        var body = problem(HttpStatus.BAD_REQUEST, "invalid-request", locale);
        body.setProperty(
                "errors",
                problem.fields().stream()
                        .map(field -> field(field.field(), messages.getMessage(field.messageCode(), null, locale)))
                        .toList());
        return respond(body);
    }

    private ProblemDetail problem(HttpStatus status, String slug, Locale locale) {
        var body =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage("identity.problem." + slug, null, locale));
        body.setType(URI.create("/problems/" + slug));
        body.setTitle(messages.getMessage("identity.problem." + slug + ".title", null, locale));
        return body;
    }

    private static Map<String, String> field(String field, String message) {
        var entry = new LinkedHashMap<String, String>();
        entry.put("field", field);
        entry.put("message", message);
        return entry;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
