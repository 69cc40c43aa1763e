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
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the identity API's field errors and unreadable bodies into localised problems with an {@code errors} list of
 * {@code {field, message}}. Every other {@link IdentityProblem} is an {@code ErrorResponseException} that the global
 * handler localises from its message codes.
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

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception, Locale locale) {
        return respond(problem(HttpStatus.BAD_REQUEST, "unreadable-request", locale));
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
