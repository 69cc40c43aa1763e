package org.smartcourt.courts.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.shared.CourtCode;

/**
 * What the court directory shows: the filter choices, and the courts found grouped under their intermediate court.
 *
 * @param provinces the province choices, the Supreme People's Court first
 * @param levels the level choices
 * @param province the chosen province's code
 * @param level the chosen level's name, empty for every level
 * @param errors message keys of rejected filter values, by parameter name
 * @param groups the courts found, a high or intermediate court first in its group
 * @param count how many courts were found
 */
record CourtDirectoryPage(
        List<ProvinceChoice> provinces,
        List<CourtLevel> levels,
        String province,
        String level,
        Map<String, String> errors,
        List<Group> groups,
        int count) {

    /** The name shown for a province, taken from its high court's name. */
    record ProvinceChoice(String code, String name) {

        private static final String HIGH_COURT = "高级人民法院";
        private static final String BRANCH = "分院";

        static ProvinceChoice of(CourtSummary court) {
            var name = court.name();
            if (court.level() == CourtLevel.HIGH && name.contains(HIGH_COURT)) {
                // 山东省高级人民法院 → 山东省; 新疆维吾尔自治区高级人民法院生产建设兵团分院 → 新疆维吾尔自治区生产建设兵团
                name = name.replace(HIGH_COURT, "");
                if (name.endsWith(BRANCH)) {
                    name = name.substring(0, name.length() - BRANCH.length());
                }
            }
            return new ProvinceChoice(court.province().value(), name);
        }
    }

    /** One row: a court and the name of its superior court when that is among the results. */
    record Row(CourtSummary court, @Nullable String parentName, boolean head) {}

    /** An intermediate (or high) court and the basic courts under it that were found. */
    record Group(List<Row> rows) {}

    /** Groups courts listed in hierarchy order: a basic court joins its superior court's group. */
    static List<Group> group(List<CourtSummary> courts) {
        Map<CourtCode, String> names = new HashMap<>();
        courts.forEach(court -> names.put(court.code(), court.name()));
        var groups = new LinkedHashMap<CourtCode, List<Row>>();
        for (var court : courts) {
            var basic = court.level() == CourtLevel.BASIC && court.parentCode() != null;
            var key = basic ? court.parentCode() : court.code();
            var parentName = court.parentCode() == null ? null : names.get(court.parentCode());
            groups.computeIfAbsent(key, code -> new ArrayList<>()).add(new Row(court, parentName, !basic));
        }
        return groups.values().stream()
                .map(rows -> new Group(List.copyOf(rows)))
                .toList();
    }
}
