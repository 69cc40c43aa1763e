package org.smartcourt.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.smartcourt.publication.search.JudgmentSearch;
import org.smartcourt.publication.search.SearchParameters;
import org.smartcourt.publication.search.SearchProperties;
import org.smartcourt.publication.search.SearchRateLimiter;
import org.smartcourt.publication.search.SearchResults;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/judgments")
class JudgmentSearchController {

    private final JudgmentSearch search;
    private final SearchParameters parameters;
    private final SearchRateLimiter limiter;

    JudgmentSearchController(JudgmentSearch search, SearchProperties properties, SearchRateLimiter limiter) {
        this.search = search;
        this.parameters = new SearchParameters(properties);
        this.limiter = limiter;
    }

    @GetMapping("/search")
    @Operation(
            summary = "Search the published judgments",
            description = "Public, no sign-in. Every word of q is required (AND); \"quoted words\" are a phrase; "
                    + "-word excludes. Words match as substrings of the text (盗窃 finds 盗窃罪). Filters: court "
                    + "(name or code), level (SPC, HIGH, INTERMEDIATE, BASIC), province, year, caseType (刑初), cause "
                    + "(盗窃罪), procedure (FIRST_INSTANCE, SECOND_INSTANCE, RETRIAL, OTHER), documentType (判决书), "
                    + "article (《中华人民共和国刑法》第二百六十四条). sort=relevance|date, page from 1, size up to 50, "
                    + "page × size up to 10,000 (deeper: 400 page-too-deep, narrow the search). Beyond 10,000 "
                    + "matches, total and facet counts are estimates from a random sample, rounded to two "
                    + "significant digits, and totalIsExact is false. Unknown parameters are refused (400); "
                    + "searches are rate-limited per client (429 with Retry-After). Snippets are HTML: escaped "
                    + "text with <mark> around the words found.")
    SearchResults search(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query, HttpServletRequest request) {
        limiter.acquire(request.getRemoteAddr());
        return search.search(parameters.read(Map.copyOf(query)));
    }
}
