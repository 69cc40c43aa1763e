package org.smartcourt.identity.application;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal by an identity use case, as an RFC 9457 problem of type {@code /problems/<slug>} whose title and detail
 * are the messages {@code identity.problem.<slug>.title} and {@code identity.problem.<slug>}.
 */
public class IdentityProblem extends ErrorResponseException {

    private final String slug;

    IdentityProblem(HttpStatus status, String slug, Object... arguments) {
        super(status, body(status, slug), null, "identity.problem." + slug, arguments);
        this.slug = slug;
    }

    private static ProblemDetail body(HttpStatus status, String slug) {
        var body = ProblemDetail.forStatus(status);
        body.setType(URI.create("/problems/" + slug));
        return body;
    }

    /** The last part of the problem type, which also names its messages. */
    public String slug() {
        return slug;
    }

    @Override
    public String getTitleMessageCode() {
        return "identity.problem." + slug + ".title";
    }

    /** The request carried fields nobody asked for: refused, so that a misspelt field is not silently ignored. */
    public static InvalidRequest unknownFields(java.util.Collection<String> names) {
        return new InvalidRequest(names.stream()
                .sorted()
                .map(name -> new FieldProblem(name, "identity.field.unknown"))
                .toList());
    }

    /** One field that was filled in wrongly, with the message key explaining why. */
    public record FieldProblem(String field, String messageCode) {}

    /** Fields of a request were missing or malformed. */
    public static final class InvalidRequest extends IdentityProblem {
        private final List<FieldProblem> fields;

        InvalidRequest(List<FieldProblem> fields) {
            super(HttpStatus.BAD_REQUEST, "invalid-request");
            this.fields = List.copyOf(fields);
        }

        public List<FieldProblem> fields() {
            return fields;
        }
    }

    /** Unknown username or wrong password: deliberately the same problem for both. */
    public static final class BadCredentials extends IdentityProblem {
        BadCredentials() {
            super(HttpStatus.UNAUTHORIZED, "bad-credentials");
        }
    }

    /** Too soon after the last failed attempt. */
    public static final class LoginThrottled extends IdentityProblem {
        private final long retryAfterSeconds;

        LoginThrottled(Duration wait) {
            super(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", seconds(wait));
            this.retryAfterSeconds = seconds(wait);
            getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            getBody().setProperty("retryAfter", retryAfterSeconds);
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        private static long seconds(Duration wait) {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    /** Locked after too many failures. */
    public static final class AccountLocked extends IdentityProblem {
        AccountLocked(Instant until, Instant now) {
            super(
                    HttpStatus.LOCKED,
                    "account-locked",
                    Math.max(1, Duration.between(now, until).toMinutes() + 1));
        }
    }

    /** A staff account signed in without a one-time code. */
    public static final class TotpRequired extends IdentityProblem {
        TotpRequired() {
            super(HttpStatus.UNAUTHORIZED, "totp-required");
        }
    }

    /** The one-time code was wrong, expired or already used. */
    public static final class TotpInvalid extends IdentityProblem {
        TotpInvalid() {
            super(HttpStatus.UNAUTHORIZED, "totp-invalid");
        }
    }

    public static final class UsernameTaken extends IdentityProblem {
        UsernameTaken() {
            super(HttpStatus.CONFLICT, "username-taken");
        }
    }

    /** One account per person or organisation. */
    public static final class IdentityAlreadyRegistered extends IdentityProblem {
        IdentityAlreadyRegistered() {
            super(HttpStatus.CONFLICT, "identity-already-registered");
        }
    }

    /** The details given do not match the account's registration. */
    public static final class DetailsDiffer extends IdentityProblem {
        DetailsDiffer() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "verification-details-differ");
        }
    }

    /** The registry does not know this name with this number. */
    public static final class RealNameMismatch extends IdentityProblem {
        RealNameMismatch() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "real-name-mismatch");
        }
    }

    public static final class AccountNotFound extends IdentityProblem {
        AccountNotFound(String username) {
            super(HttpStatus.NOT_FOUND, "account-not-found", username);
        }
    }
}
