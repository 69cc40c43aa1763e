package org.smartcourt.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details outside Spring MVC: in servlet filters, Spring Security's authentication entry
 * point and access-denied handler. For a problem with message code {@code c}, the title is the message {@code
 * c.title} and the detail is the message {@code c} with the arguments, both in the request's language.
 *
 * <pre>{@code
 * problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "identity.problem.unauthenticated");
 * }</pre>
 */
@Component
public final class ProblemResponses {

    /** Problem types are relative URIs {@code /problems/<slug>}. */
    public static final String TYPE_PREFIX = "/problems/";

    private final MessageSource messages;
    private final JsonMapper json;
    private final ObjectProvider<LocaleResolver> localeResolver;

    ProblemResponses(MessageSource messages, JsonMapper json, ObjectProvider<LocaleResolver> localeResolver) {
        this.messages = messages;
        this.json = json;
        this.localeResolver = localeResolver;
    }

    /** The type URI of a problem: {@code /problems/<slug>}. */
    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    /** The language the request asks for (the {@code lang} cookie, else {@code Accept-Language}, else Chinese). */
    public Locale locale(HttpServletRequest request) {
        var resolver = localeResolver.getIfAvailable();
        return resolver == null ? Language.DEFAULT.locale() : resolver.resolveLocale(request);
    }

    /** A localised problem; its {@code instance} is left for {@link #write} or the caller to set. */
    public ProblemDetail problem(
            HttpStatusCode status, String typeSlug, String messageCode, Locale locale, Object... args) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(type(typeSlug));
        problem.setTitle(messages.getMessage(messageCode + ".title", null, problem.getTitle(), locale));
        problem.setDetail(messages.getMessage(messageCode, args, problem.getTitle(), locale));
        return problem;
    }

    /** Writes a localised problem in the request's language. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatusCode status,
            String typeSlug,
            String messageCode,
            Object... args)
            throws IOException {
        write(request, response, problem(status, typeSlug, messageCode, locale(request), args));
    }

    /** Writes the given problem as {@code application/problem+json}, with {@code instance} set to the request path. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(instance(request.getRequestURI()));
        }
        var body = json.writeValueAsBytes(problem);
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The {@code instance} of a problem about the given request path. */
    public static @Nullable URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException unusual) {
            return null;
        }
    }
}
