package org.smartcourt.publication.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.documents.Documents;
import org.smartcourt.publication.application.ReadPublicRecord;
import org.smartcourt.publication.domain.PublishedRecord;
import org.smartcourt.publication.search.JudgmentSearch;
import org.smartcourt.publication.search.PublishedJudgment;
import org.smartcourt.publication.search.PublishedJudgments;
import org.smartcourt.publication.search.SearchParameters;
import org.smartcourt.publication.search.SearchProperties;
import org.smartcourt.publication.search.SearchRateLimiter;
import org.smartcourt.publication.search.SearchRejected;
import org.smartcourt.publication.search.SearchResults;
import org.smartcourt.publication.search.Snippets;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The public judgment portal: search with filters and facet counts, the judgment page and its PDF. */
@Controller
class JudgmentPagesController {

    /** Parameters of the page that are not search parameters: the layout's language switch. */
    private static final List<String> PAGE_ONLY = List.of("lang");

    private final JudgmentSearch search;
    private final PublishedJudgments judgments;
    private final SearchParameters parameters;
    private final SearchRateLimiter limiter;
    private final MessageSource messages;
    private final Documents documents;
    private final ReadPublicRecord publicRecords;

    JudgmentPagesController(
            JudgmentSearch search,
            PublishedJudgments judgments,
            SearchProperties properties,
            SearchRateLimiter limiter,
            MessageSource messages,
            Documents documents,
            ReadPublicRecord publicRecords) {
        this.search = search;
        this.judgments = judgments;
        this.parameters = new SearchParameters(properties);
        this.limiter = limiter;
        this.messages = messages;
        this.documents = documents;
        this.publicRecords = publicRecords;
    }

    /** A facet value as the page shows it: label, count and the link that adds (or removes) it as a filter. */
    record FacetLink(String label, long count, String url, boolean active) {}

    record Facet(String name, List<FacetLink> values) {}

    record ActiveFilter(String name, String label, String removeUrl) {}

    record PageLink(int number, String url, boolean current) {}

    @GetMapping("/judgments")
    String search(
            @RequestParam MultiValueMap<String, String> query,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var params = new LinkedHashMap<String, List<String>>(query);
        PAGE_ONLY.forEach(params::remove);
        params.values().removeIf(values -> values.stream().allMatch(value -> value == null || value.isBlank()));
        model.addAttribute("q", first(params, "q"));
        model.addAttribute("sort", first(params, "sort"));
        model.addAttribute("hidden", hiddenFilters(params));
        try {
            limiter.acquire(request.getRemoteAddr());
            var judgmentQuery = parameters.read(params);
            var results = search.search(judgmentQuery);
            model.addAttribute("results", results);
            model.addAttribute("facets", facets(results, params, locale));
            model.addAttribute("active", active(params, locale));
            model.addAttribute("pages", pages(results.total(), judgmentQuery.page(), judgmentQuery.size(), params));
            model.addAttribute("searched", !params.isEmpty());
        } catch (SearchRejected rejected) {
            model.addAttribute(
                    "error",
                    messages.getMessage(rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), locale));
            if (htmx == null) {
                // htmx swaps only 2xx answers: the fragment with the explanation comes with 200 to it.
                response.setStatus(rejected.getStatusCode().value());
                response.setHeader("Retry-After", rejected.getHeaders().getFirst("Retry-After"));
            }
        }
        return htmx == null ? "publication/search" : "publication/search :: results";
    }

    @GetMapping("/judgments/{id}")
    String judgment(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
        var judgment = find(id);
        var record = record(judgment);
        model.addAttribute("judgment", judgment);
        model.addAttribute("record", record);
        var withdrawal = record.withdrawal();
        if (withdrawal.isPresent()) {
            // Withdrawn: gone from the search on purpose; the address explains why (法释〔2016〕19号 Art. 12–18 [U]).
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("withdrawal", withdrawal.get());
            return "publication/withdrawn";
        }
        model.addAttribute("paragraphs", paragraphs(judgment.text()));
        model.addAttribute("similar", judgments.similarTo(judgment));
        model.addAttribute("level", label("level", judgment.courtLevel(), locale));
        model.addAttribute("procedure", label("procedure", judgment.procedure(), locale));
        return "publication/judgment";
    }

    @GetMapping("/judgments/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        var judgment = find(id);
        var record = record(judgment);
        if (record.withdrawn()) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        if (record.nonPublication().isPresent()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // Art. 6: no document, only the notice
        }
        var body = new StringBuilder();
        body.append("<p>").append(Snippets.escape(judgment.court())).append("</p>");
        for (var paragraph : paragraphs(judgment.text())) {
            body.append("<p>").append(Snippets.escape(paragraph)).append("</p>");
        }
        var pdf = documents.renderUnsealed(judgment.title(), judgment.caseNumber(), body.toString());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename(judgment.id() + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    private PublishedJudgment find(String id) {
        try {
            return judgments
                    .find(UUID.fromString(id))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private PublishedRecord record(PublishedJudgment judgment) {
        return publicRecords.of(judgment.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The judgments are single strings with blanks between paragraphs, as China Judgments Online exports them. */
    static List<String> paragraphs(String text) {
        var paragraphs = new ArrayList<String>();
        for (var part : text.split("\\s{1,}|\\n")) {
            if (!part.isBlank()) {
                paragraphs.add(part.strip());
            }
        }
        return paragraphs;
    }

    private List<Facet> facets(SearchResults results, Map<String, List<String>> params, Locale locale) {
        var facets = new ArrayList<Facet>();
        results.facets().forEach((name, values) -> {
            var links = new ArrayList<FacetLink>();
            for (var value : values) {
                var active = value.value().equals(first(params, name));
                var next = new LinkedHashMap<>(params);
                next.remove("page");
                if (active) {
                    next.remove(name);
                } else {
                    next.put(name, List.of(value.value()));
                }
                links.add(new FacetLink(label(name, value.value(), locale), value.count(), url(next), active));
            }
            facets.add(new Facet(name, links));
        });
        return facets;
    }

    private List<ActiveFilter> active(Map<String, List<String>> params, Locale locale) {
        var active = new ArrayList<ActiveFilter>();
        params.forEach((name, values) -> {
            if (!List.of("q", "sort", "page", "size").contains(name)) {
                var next = new LinkedHashMap<>(params);
                next.remove(name);
                next.remove("page");
                active.add(new ActiveFilter(name, label(name, values.get(0), locale), url(next)));
            }
        });
        return active;
    }

    private static List<PageLink> pages(long total, int current, int size, Map<String, List<String>> params) {
        var last = (int) Math.min((total + size - 1) / size, 10_000 / size);
        var pages = new ArrayList<PageLink>();
        for (int number = Math.max(1, current - 3); number <= Math.min(last, current + 3); number++) {
            var next = new LinkedHashMap<>(params);
            next.put("page", List.of(Integer.toString(number)));
            pages.add(new PageLink(number, url(next), number == current));
        }
        return pages;
    }

    /** Filters that are set but have no form field: kept as hidden inputs when the form is sent again. */
    private static Map<String, String> hiddenFilters(Map<String, List<String>> params) {
        var hidden = new LinkedHashMap<String, String>();
        params.forEach((name, values) -> {
            if (!List.of("q", "sort", "page").contains(name) && !values.isEmpty()) {
                hidden.put(name, values.get(0));
            }
        });
        return hidden;
    }

    private String label(String facet, @Nullable String value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (facet.equals("level") || facet.equals("procedure")) {
            return messages.getMessage("publication.judgments." + facet + "." + value, null, value, locale);
        }
        return value;
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        var values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String url(Map<String, List<String>> params) {
        var builder = UriComponentsBuilder.fromPath("/judgments");
        params.forEach((name, values) -> builder.queryParam(name, values.toArray()));
        return builder.encode().build().toUriString();
    }
}
