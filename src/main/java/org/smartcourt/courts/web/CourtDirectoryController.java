package org.smartcourt.courts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.CourtQuery;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.courts.Courts;
import org.smartcourt.shared.CourtCode;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public court directory. The filter form works as a plain GET form; with htmx only the results are swapped,
 * so the controller answers an {@code HX-Request} with the results fragment alone.
 */
@Controller
class CourtDirectoryController {

    static final String DEFAULT_PROVINCE = "鲁";

    private final Courts courts;

    CourtDirectoryController(Courts courts) {
        this.courts = courts;
    }

    @GetMapping("/courts")
    String directory(
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String level,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model,
            HttpServletResponse response) {
        var errors = new LinkedHashMap<String, String>();
        var chosenProvince = province == null || province.isBlank() ? DEFAULT_PROVINCE : province.strip();
        if (!CourtParameters.isProvince(chosenProvince)) {
            errors.put("province", "courts.filter.province.invalid");
        }
        var chosenLevel = level == null ? "" : level.strip().toUpperCase(Locale.ROOT);
        var levelFilter =
                chosenLevel.isEmpty() ? null : CourtLevel.parse(chosenLevel).orElse(null);
        if (!chosenLevel.isEmpty() && levelFilter == null) {
            errors.put("level", "courts.filter.level.invalid");
        }
        List<CourtSummary> found = errors.isEmpty()
                ? courts.search(new CourtQuery(CourtCode.of(chosenProvince), levelFilter, null))
                : List.of();
        var page = new CourtDirectoryPage(
                provinces(),
                List.of(CourtLevel.values()),
                chosenProvince,
                chosenLevel,
                errors,
                CourtDirectoryPage.group(found),
                found.size());
        model.addAttribute("page", page);
        model.addAttribute(
                "provinceName",
                page.provinces().stream()
                        .filter(choice -> choice.code().equals(page.province()))
                        .map(CourtDirectoryPage.ProvinceChoice::name)
                        .findFirst()
                        .orElse(page.province()));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx != null && historyRestore == null) {
            return "courts/results :: swap";
        }
        return "courts/directory";
    }

    private List<CourtDirectoryPage.ProvinceChoice> provinces() {
        var courtsAtTheTop = new ArrayList<CourtSummary>();
        courtsAtTheTop.addAll(courts.search(new CourtQuery(null, CourtLevel.SPC, null)));
        courtsAtTheTop.addAll(courts.search(new CourtQuery(null, CourtLevel.HIGH, null)));
        return courtsAtTheTop.stream()
                .map(CourtDirectoryPage.ProvinceChoice::of)
                .toList();
    }
}
