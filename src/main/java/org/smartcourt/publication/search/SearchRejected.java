package org.smartcourt.publication.search;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A search the portal will not run, explained to the caller in their language: 400, or 429 when rate-limited. */
public class SearchRejected extends ErrorResponseException {

    private final String titleCode;

    private SearchRejected(HttpStatus status, String slug, String detailCode, Object... arguments) {
        super(status, problem(status, slug), null, detailCode, arguments);
        this.titleCode = "publication.search.problem." + slug;
    }

    /** A parameter the search does not know, a value it cannot read, or a query it will not run. */
    static SearchRejected invalid(String reason, Object... arguments) {
        return new SearchRejected(
                HttpStatus.BAD_REQUEST, "invalid-search", "publication.search.invalid." + reason, arguments);
    }

    /** page × size beyond the result window: refine the filters instead of paging on. */
    static SearchRejected tooDeep(int maxResultWindow) {
        return new SearchRejected(
                HttpStatus.BAD_REQUEST, "page-too-deep", "publication.search.tooDeep", maxResultWindow);
    }

    /** Too many searches from one client; {@code Retry-After} says when to try again. */
    public static SearchRejected tooMany(long retryAfterSeconds) {
        var rejected = new SearchRejected(
                HttpStatus.TOO_MANY_REQUESTS, "too-many-searches", "publication.search.tooMany", retryAfterSeconds);
        rejected.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return rejected;
    }

    private static ProblemDetail problem(HttpStatus status, String slug) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("/problems/" + slug));
        return problem;
    }

    @Override
    public String getTitleMessageCode() {
        return titleCode;
    }
}
