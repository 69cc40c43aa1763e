package org.smartcourt.courts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.courts.application.CourtDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The official court list, public. */
@RestController
@RequestMapping("/api/v1/courts")
@Tag(name = "Courts", description = "The official court list with 法院代字 and hierarchy")
class CourtApiController {

    private final CourtDirectory courts;

    CourtApiController(CourtDirectory courts) {
        this.courts = courts;
    }

    @GetMapping
    @Operation(summary = "List courts", description = "Courts matching every given filter, in hierarchy order.")
    List<CourtView> list(
            @Parameter(description = "The high court's code, e.g. 鲁; 最高法 for the Supreme People's Court")
                    @RequestParam(required = false)
                    @Nullable
                    String province,
            @Parameter(description = "SPC, HIGH, INTERMEDIATE or BASIC (any case)")
                    @RequestParam(required = false)
                    @Nullable
                    String level,
            @Parameter(description = "Only the courts directly under this court code, e.g. 鲁01")
                    @RequestParam(required = false)
                    @Nullable
                    String parent) {
        return courts.search(CourtParameters.query(province, level, parent)).stream()
                .map(CourtView::of)
                .toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One court", description = "The court with this code and how many courts are under it.")
    CourtDetailView one(@Parameter(description = "A court code, e.g. 鲁0102") @PathVariable String code) {
        var courtCode = CourtParameters.court("code", code);
        if (courtCode == null) {
            throw InvalidParameterProblem.courtCode("code", code);
        }
        var court = courts.find(courtCode).orElseThrow(() -> new CourtNotFoundProblem(courtCode));
        return CourtDetailView.of(court, courts.childCount(courtCode));
    }

    /** One court in the list. */
    record CourtView(
            String code,
            String name,
            String level,
            @Nullable String parentCode,
            String province) {

        static CourtView of(CourtSummary court) {
            return new CourtView(
                    court.code().value(),
                    court.name(),
                    court.level().name(),
                    court.parentCode() == null ? null : court.parentCode().value(),
                    court.province().value());
        }
    }

    /** One court with the number of courts directly under it. */
    record CourtDetailView(
            String code,
            String name,
            String level,
            @Nullable String parentCode,
            String province,
            long childrenCount) {

        static CourtDetailView of(CourtSummary court, long childrenCount) {
            var view = CourtView.of(court);
            return new CourtDetailView(
                    view.code(), view.name(), view.level(), view.parentCode(), view.province(), childrenCount);
        }
    }
}
