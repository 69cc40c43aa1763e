package org.smartcourt.courts;

import java.util.List;

/**
 * What a 类型代字 stands for. One code can cover several categories of the standard ({@code 民特} covers voter
 * qualification, declaration of death, judicial confirmation of mediation agreements…).
 *
 * @param code the type code
 * @param name the category's name, or the name of their common group when the code covers several
 * @param majorCategoryCode the two-digit major category ({@code 03} for civil cases)
 * @param majorCategory the major category's name ({@code 民事案件})
 * @param categories the categories the code covers, by category code
 * @param official false for codes SmartCourt added because courts use them although the standard does not list them
 */
public record CaseTypeSummary(
        CaseTypeCode code,
        String name,
        String majorCategoryCode,
        String majorCategory,
        List<Category> categories,
        boolean official) {

    public CaseTypeSummary {
        categories = List.copyOf(categories);
    }

    /**
     * One category of the standard.
     *
     * @param code its four-character category code ({@code 0301})
     * @param name its name ({@code 民事一审案件})
     */
    public record Category(String code, String name) {}
}
