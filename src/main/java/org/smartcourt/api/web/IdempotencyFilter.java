package org.smartcourt.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.smartcourt.api.ProblemResponses;
import org.smartcourt.api.application.ClaimIdempotencyKey;
import org.smartcourt.api.application.RecordIdempotentOutcome;
import org.smartcourt.api.domain.IdempotencyDecision;
import org.smartcourt.api.domain.IdempotencyKey;
import org.smartcourt.api.domain.RequestFingerprint;
import org.smartcourt.api.domain.StoredResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for effectful API requests (draft-ietf-httpapi-idempotency-key-header): the first request
 * with a key runs and its response (below 500) is stored; repeating it with the same key and the same body replays
 * that response with {@code Idempotent-Replayed: true} instead of acting twice. Keys are scoped to the principal
 * (or "anonymous"), the method and the path. Runs after Spring Security, so that the principal is known.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Set<String> EFFECTFUL = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ClaimIdempotencyKey claims;
    private final RecordIdempotentOutcome outcomes;
    private final ProblemResponses problems;

    IdempotencyFilter(ClaimIdempotencyKey claims, RecordIdempotentOutcome outcomes, ProblemResponses problems) {
        this.claims = claims;
        this.outcomes = outcomes;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EFFECTFUL.contains(request.getMethod()) || request.getHeader(KEY_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(KEY_HEADER);
        if (!IdempotencyKey.isWellFormed(header)) {
            problem(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.IDEMPOTENCY_KEY_INVALID);
            return;
        }
        var key = new IdempotencyKey(header);
        var scope = scope(request);
        HttpServletRequest body;
        RequestFingerprint fingerprint;
        try {
            body = readBody(request);
            fingerprint = fingerprint(body);
        } catch (IllegalStateException multipartFailure) {
            if (!isSizeLimit(multipartFailure)) {
                throw multipartFailure;
            }
            problem(request, response, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE);
            return;
        }
        var decision = claims.claim(scope, key, fingerprint);
        if (decision instanceof IdempotencyDecision.Replay replay) {
            replay(replay.response(), response);
        } else if (decision instanceof IdempotencyDecision.KeyReused) {
            problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED);
        } else if (decision instanceof IdempotencyDecision.InFlight) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problem(request, response, HttpStatus.CONFLICT, ProblemTypes.IDEMPOTENCY_KEY_IN_FLIGHT);
        } else {
            run(body, response, chain, scope, key);
        }
    }

    /** Whose key it is: the signed-in principal, or every anonymous client together; then method and path. */
    static String scope(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var principal = authentication == null
                        || authentication instanceof AnonymousAuthenticationToken
                        || !authentication.isAuthenticated()
                ? "anonymous"
                : "user:" + authentication.getName();
        return principal + " " + request.getMethod() + " " + request.getRequestURI();
    }

    private void run(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String scope,
            IdempotencyKey key)
            throws IOException, ServletException {
        var captured = new ContentCachingResponseWrapper(response);
        boolean recorded = false;
        try {
            chain.doFilter(request, captured);
            var stored = storable(request, captured);
            if (stored != null) {
                outcomes.answered(scope, key, stored);
                recorded = true;
            }
        } finally {
            if (!recorded) {
                outcomes.failed(scope, key);
            }
            captured.copyBodyToResponse();
        }
    }

    /**
     * The response to replay, or {@code null} when the client should be free to retry: server errors, errors sent
     * through the container's error page (their body is not written yet), asynchronous requests.
     */
    private static @Nullable StoredResponse storable(
            HttpServletRequest request, ContentCachingResponseWrapper response) {
        int status = response.getStatus();
        var body = response.getContentAsByteArray();
        if (request.isAsyncStarted() || status >= 500 || (status >= 400 && body.length == 0)) {
            return null;
        }
        return new StoredResponse(status, response.getContentType(), response.getHeader(HttpHeaders.LOCATION), body);
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        var body = stored.body();
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug)
            throws IOException {
        problems.write(request, response, status, slug, "api.problem." + slug);
    }

    /** The request with its body read once, for the fingerprint, and readable again by the application. */
    private static HttpServletRequest readBody(HttpServletRequest request) throws IOException, ServletException {
        if (BodySizeLimitFilter.isMultipart(request)) {
            request.getParts(); // parsed and kept by the container; the application reads the same parts
            return request;
        }
        if (isForm(request)) {
            request.getParameterMap(); // likewise parsed and kept by the container
            return request;
        }
        return new CachedBodyRequest(request, request.getInputStream().readAllBytes());
    }

    private static RequestFingerprint fingerprint(HttpServletRequest request) throws IOException, ServletException {
        var target = request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        var digest = RequestFingerprint.digest(request.getMethod(), target);
        if (request instanceof CachedBodyRequest cached) {
            return digest.add(cached.body).finish();
        }
        if (BodySizeLimitFilter.isMultipart(request)) {
            for (var part : request.getParts()) {
                digest.add(part.getName())
                        .add(String.valueOf(part.getSubmittedFileName()))
                        .add(String.valueOf(part.getContentType()));
                try (var content = part.getInputStream()) {
                    digest.add(content);
                }
            }
            return digest.finish();
        }
        for (var parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
            digest.add(parameter.getKey());
            for (var value : parameter.getValue()) {
                digest.add(value);
            }
        }
        return digest.finish();
    }

    private static boolean isForm(HttpServletRequest request) {
        var type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The container reports a multipart body over {@code spring.servlet.multipart.*} as an IllegalStateException. */
    private static boolean isSizeLimit(IllegalStateException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            var message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
                return true;
            }
        }
        return false;
    }

    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            var encoding = getCharacterEncoding();
            var charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
