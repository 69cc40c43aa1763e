package org.smartcourt.api.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.api.ProblemResponses;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every error of a {@code @RestController} into an RFC 9457 problem in the request's language. Errors raised
 * before a controller is chosen (unknown path, wrong method) are rendered by {@link ApiErrorDispatchFilter}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String CORRELATION_ID = "correlationId";

    private final MessageSource messages;
    private final ProblemResponses problems;

    ApiExceptionHandler(MessageSource messages, ProblemResponses problems) {
        this.messages = messages;
        this.problems = problems;
        setMessageSource(messages);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        var errors = new ArrayList<FieldProblem>();
        for (var error : ex.getBindingResult().getAllErrors()) {
            var field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
            errors.add(new FieldProblem(field, messages.getMessage(error, locale)));
        }
        return validationFailed(ex, errors, headers, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        var errors = new ArrayList<FieldProblem>();
        for (var result : ex.getParameterValidationResults()) {
            var parameter = result.getMethodParameter().getParameterName();
            for (var error : result.getResolvableErrors()) {
                var field = error instanceof FieldError fieldError
                        ? fieldError.getField()
                        : parameter == null ? "" : parameter;
                errors.add(new FieldProblem(field, messages.getMessage(error, locale)));
            }
        }
        for (var error : ex.getCrossParameterValidationResults()) {
            errors.add(new FieldProblem("", messages.getMessage(error, locale)));
        }
        return validationFailed(ex, errors, headers, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    @Nullable
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        var errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(field(violation.getPropertyPath()), violation.getMessage()))
                .toList();
        return validationFailed(ex, errors, new HttpHeaders(), request);
    }

    /** {@code person.addresses[0].city} from a Bean Validation path, without method and parameter nodes. */
    static String field(Path path) {
        var field = new StringBuilder();
        String lastName = "";
        for (var node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            } else if (node.getName() != null) {
                lastName = node.getName();
            }
        }
        return field.isEmpty() ? lastName : field.toString();
    }

    private @Nullable ResponseEntity<Object> validationFailed(
            Exception ex, List<FieldProblem> errors, HttpHeaders headers, WebRequest request) {
        var problem = problems.problem(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.VALIDATION_FAILED,
                "api.problem.validation-failed",
                LocaleContextHolder.getLocale(),
                errors.size());
        problem.setProperty(
                "errors", errors.stream().sorted(FieldProblem.BY_FIELD).toList());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = unreadable(ex, LocaleContextHolder.getLocale());
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return problems.problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        ProblemTypes.PAYLOAD_TOO_LARGE,
                        "api.problem.payload-too-large",
                        locale);
            }
        }
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                var field = path(unknown);
                var problem = badRequest(ProblemTypes.UNKNOWN_FIELD, "api.problem.unknown-field", locale, field);
                problem.setProperty("field", field);
                return problem;
            }
            if (cause instanceof ValueInstantiationException invalid
                    && !path(invalid).isEmpty()) {
                var field = path(invalid);
                var problem =
                        badRequest(ProblemTypes.INVALID_FIELD_VALUE, "api.problem.invalid-field-value", locale, field);
                problem.setProperty("field", field);
                return problem;
            }
            if (cause instanceof MismatchedInputException mismatch
                    && !path(mismatch).isEmpty()) {
                return invalidFieldType(path(mismatch), mismatch.getTargetType(), locale);
            }
            if (cause instanceof InputCoercionException coercion
                    && !path(coercion).isEmpty()) {
                return invalidFieldType(path(coercion), coercion.getTargetType(), locale);
            }
        }
        if (ex.getCause() == null) {
            return badRequest(ProblemTypes.MISSING_BODY, "api.problem.missing-body", locale);
        }
        return badRequest(ProblemTypes.MALFORMED_JSON, "api.problem.malformed-json", locale);
    }

    private ProblemDetail invalidFieldType(String field, @Nullable Class<?> target, Locale locale) {
        var expected = target == null ? "object" : JsonTypes.of(target);
        var allowed = target == null ? List.<String>of() : JsonTypes.allowedValues(target);
        var expectedText = allowed.isEmpty()
                ? messages.getMessage("api.json-type." + expected, null, expected, locale)
                : messages.getMessage("api.json-type.enum", new Object[] {String.join(", ", allowed)}, locale);
        var problem = badRequest(
                ProblemTypes.INVALID_FIELD_TYPE, "api.problem.invalid-field-type", locale, field, expectedText);
        problem.setProperty("field", field);
        problem.setProperty("expected", expected);
        if (!allowed.isEmpty()) {
            problem.setProperty("allowedValues", allowed);
        }
        return problem;
    }

    private ProblemDetail badRequest(String typeSlug, String messageCode, Locale locale, Object... args) {
        return problems.problem(HttpStatus.BAD_REQUEST, typeSlug, messageCode, locale, args);
    }

    /** {@code address.city} or {@code items[2].name}: where in the JSON body the problem is. */
    static String path(JacksonException ex) {
        var path = new StringBuilder();
        for (var reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Lets Spring Security answer 401 and 403 (its filter renders them), and hides every other failure. */
    @ExceptionHandler(Exception.class)
    @Nullable
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex;
        }
        var declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
        var status = declared == null ? HttpStatus.INTERNAL_SERVER_ERROR : declared.code();
        return handleExceptionInternal(ex, ProblemDetail.forStatus(status), new HttpHeaders(), status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var response = super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            complete(problem, ex, status, request);
        }
        return response;
    }

    /** Gives every problem a type, a localised title and detail, and the request path as its instance. */
    private void complete(ProblemDetail problem, Exception ex, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        // Spring's own exceptions leave the type unset (or "about:blank"): they only know their status. Their title
        // and detail were localised if our bundle has Spring's codes for them, otherwise the status speaks.
        boolean generic = problem.getType() == null
                || "about:blank".equals(problem.getType().toString());
        if (generic) {
            problem.setType(ProblemResponses.type(ProblemTypes.forStatus(status)));
            var code = ProblemTypes.messageCodeForStatus(status);
            var declared = ex instanceof ErrorResponse response ? response : null;
            if (!hasMessage(declared == null ? null : declared.getTitleMessageCode(), locale)
                    && !hasSpringMessage(ex, "problemDetail.title.", locale)) {
                problem.setTitle(messages.getMessage(code + ".title", null, problem.getTitle(), locale));
            }
            if (!hasMessage(declared == null ? null : declared.getDetailMessageCode(), locale)
                    && !hasSpringMessage(ex, "problemDetail.", locale)) {
                problem.setDetail(messages.getMessage(code, null, problem.getTitle(), locale));
            }
        }
        var properties = problem.getProperties();
        if (status.is5xxServerError() && (properties == null || !properties.containsKey(CORRELATION_ID))) {
            var correlationId = UUID.randomUUID().toString();
            log.error("API request {} failed, correlation id {}", describe(request), correlationId, ex);
            problem.setProperty(CORRELATION_ID, correlationId);
            if (generic) {
                problem.setDetail(messages.getMessage("api.problem.internal", new Object[] {correlationId}, locale));
            }
        }
        if (problem.getDetail() == null) {
            problem.setDetail(
                    messages.getMessage(ProblemTypes.messageCodeForStatus(status), null, problem.getTitle(), locale));
        }
        if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
            problem.setInstance(ProblemResponses.instance(servlet.getRequest().getRequestURI()));
        }
    }

    private boolean hasMessage(@Nullable String code, Locale locale) {
        return code != null && messages.getMessage(code, null, null, locale) != null;
    }

    /** Whether our bundles have a {@code problemDetail.[title.]<exception class or superclass>} message. */
    private boolean hasSpringMessage(Exception ex, String prefix, Locale locale) {
        for (Class<?> type = ex.getClass(); type != Exception.class; type = type.getSuperclass()) {
            if (messages.getMessage(prefix + type.getName(), null, null, locale) != null) {
                return true;
            }
        }
        return false;
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getHttpMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }
}
