package org.smartcourt.publication.search;

import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.publication.catalogue.Procedure;

/**
 * A validated search: the query text and the filters, each null when not used.
 *
 * @param text the query text as the search engine will read it: words are all required, "quoted words" are phrases
 * @param court a court's name (上海市奉贤区人民法院) or code (沪0120)
 * @param province a province as named in the facet (上海市)
 * @param article a cited article, e.g. 《中华人民共和国刑法》第二百六十四条
 * @param page 1 for the first page
 */
public record JudgmentQuery(
        @Nullable String text,
        @Nullable String court,
        @Nullable CourtLevel level,
        @Nullable String province,
        @Nullable Integer year,
        @Nullable String caseType,
        @Nullable String cause,
        @Nullable Procedure procedure,
        @Nullable String documentType,
        @Nullable String article,
        Sort sort,
        int page,
        int size) {

    public enum Sort {
        RELEVANCE,
        DATE
    }

    public int offset() {
        return (page - 1) * size;
    }
}
