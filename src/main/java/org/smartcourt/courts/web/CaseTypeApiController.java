package org.smartcourt.courts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.application.CourtDirectory;
import org.smartcourt.courts.domain.CaseType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case-type standard (类型代字), public. */
@RestController
@RequestMapping("/api/v1/case-types")
@Tag(name = "Case types", description = "Case categories and their 类型代字 as used in case numbers")
class CaseTypeApiController {

    private final CourtDirectory courts;

    CaseTypeApiController(CourtDirectory courts) {
        this.courts = courts;
    }

    @GetMapping
    @Operation(
            summary = "List case types",
            description = "Every row of the case-type standard by category code, or only those with this 类型代字."
                    + " Rows with official=false were added by SmartCourt; source says where the code was seen.")
    List<CaseTypeView> list(
            @Parameter(description = "A 类型代字, e.g. 民初") @RequestParam(required = false) @Nullable String typeCode) {
        var code = CourtParameters.typeCode(typeCode);
        var rows = code == null ? courts.caseTypes() : courts.caseTypesWith(code);
        return rows.stream().map(CaseTypeView::of).toList();
    }

    /** One row of the case-type standard. */
    record CaseTypeView(
            String categoryCode,
            String kind,
            String name,
            @Nullable String typeCode,
            String majorCategory,
            @Nullable String group,
            boolean official,
            @Nullable String source,
            @Nullable String note) {

        static CaseTypeView of(CaseType row) {
            return new CaseTypeView(
                    row.categoryCode(),
                    row.kind().name(),
                    row.name(),
                    row.typeCode() == null ? null : row.typeCode().value(),
                    row.majorCategory(),
                    row.group(),
                    row.official(),
                    row.source(),
                    row.note());
        }
    }
}
