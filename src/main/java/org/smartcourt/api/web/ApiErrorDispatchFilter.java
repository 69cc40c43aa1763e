package org.smartcourt.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.api.ProblemResponses;
import org.springframework.http.HttpStatusCode;

/**
 * Renders the container's error dispatch for {@code /api/**} requests as a problem instead of the error page: unknown
 * API paths, wrong methods, and exceptions thrown by filters. Other paths keep the portal's error pages.
 */
final class ApiErrorDispatchFilter extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorDispatchFilter.class);

    private final ProblemResponses problems;

    ApiErrorDispatchFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(path instanceof String failedPath)
                || !failedPath.startsWith(request.getContextPath() + "/api/")
                || response.isCommitted()) {
            chain.doFilter(request, response);
            return;
        }
        var status = HttpStatusCode.valueOf(
                request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500);
        var locale = problems.locale(request);
        var problem = problems.problem(
                status, ProblemTypes.forStatus(status), ProblemTypes.messageCodeForStatus(status), locale);
        if (status.is5xxServerError()) {
            var correlationId = UUID.randomUUID().toString();
            var exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error(
                    "API request {} {} failed, correlation id {}",
                    request.getMethod(),
                    failedPath,
                    correlationId,
                    exception instanceof Throwable throwable ? throwable : null);
            problem = problems.problem(status, ProblemTypes.INTERNAL, "api.problem.internal", locale, correlationId);
            problem.setProperty("correlationId", correlationId);
        }
        problem.setInstance(ProblemResponses.instance(failedPath));
        problems.write(request, response, problem);
    }
}
