package org.smartcourt.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a controller or use case signals to an API client, rendered as an RFC 9457 problem in the request's
 * language by the API's exception handler.
 *
 * <p>Given {@code new ApiProblemException(HttpStatus.CONFLICT, "already-registered", "identity.register.taken", idNumber)}:
 *
 * <ul>
 *   <li>{@code type} is {@code /problems/already-registered};
 *   <li>{@code title} is the message {@code identity.register.taken.title};
 *   <li>{@code detail} is the message {@code identity.register.taken} formatted with the arguments.
 * </ul>
 *
 * Both keys belong in the throwing module's {@code messages/<module>_*.properties}. Extra members of the problem may
 * be added with {@code getBody().setProperty(name, value)}. Modules may equally throw their own {@link
 * ErrorResponseException} subclass.
 */
public class ApiProblemException extends ErrorResponseException {

    private final String messageCode;

    public ApiProblemException(HttpStatus status, String typeSlug, String messageCode, Object... args) {
        super(status, problem(status, typeSlug), null, messageCode, args);
        this.messageCode = messageCode;
    }

    private static ProblemDetail problem(HttpStatus status, String typeSlug) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(ProblemResponses.type(typeSlug));
        return problem;
    }

    /** The problem type, {@code /problems/<typeSlug>}. */
    public URI type() {
        return getBody().getType();
    }

    @Override
    public String getTitleMessageCode() {
        return messageCode + ".title";
    }
}
