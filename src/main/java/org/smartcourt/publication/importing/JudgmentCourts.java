package org.smartcourt.publication.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.CourtQuery;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.courts.Courts;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/**
 * Finds the court of a judgment on the official list: by the court code in its case number (since 2016), else by the
 * name printed in its heading (older judgments often leave out the province: 杭州市下城区人民法院).
 */
@Component
class JudgmentCourts {

    /** What the catalogue records about a court; code, level and province are null when it is not on the list. */
    record CourtFacts(
            @Nullable String code,
            String name,
            @Nullable CourtLevel level,
            @Nullable String province,
            @Nullable String provinceName) {}

    private final Courts courts;
    private volatile @Nullable Map<String, CourtSummary> byName;

    JudgmentCourts(Courts courts) {
        this.courts = courts;
    }

    CourtFacts resolve(@Nullable String caseNumber, @Nullable String printedName) {
        var court = Optional.ofNullable(caseNumber)
                .flatMap(CaseNumber::parse)
                .flatMap(number -> courts.find(number.court()))
                .or(() -> printedName == null ? Optional.empty() : byName(printedName));
        if (court.isEmpty()) {
            var name = printedName == null ? "未知法院" : printedName;
            return new CourtFacts(null, name, guessLevel(name), null, null);
        }
        var found = court.get();
        return new CourtFacts(
                found.code().value(),
                found.name(),
                found.level(),
                found.province().value(),
                provinceName(found.province()));
    }

    private Optional<CourtSummary> byName(String name) {
        var names = names();
        var exact = names.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        CourtSummary match = null;
        for (var entry : names.entrySet()) {
            if (entry.getKey().endsWith(name)) {
                if (match != null) {
                    return Optional.empty(); // ambiguous: 普陀区人民法院 is in Shanghai and in Zhoushan
                }
                match = entry.getValue();
            }
        }
        return Optional.ofNullable(match);
    }

    private Map<String, CourtSummary> names() {
        var names = byName;
        if (names == null) {
            names = new HashMap<>();
            for (var court : courts.search(CourtQuery.all())) {
                names.putIfAbsent(court.name(), court);
            }
            byName = names;
        }
        return names;
    }

    private @Nullable String provinceName(CourtCode province) {
        return courts.find(province)
                .map(high -> high.name().replace("高级人民法院", "").replace("最高人民法院", "最高人民法院"))
                .orElse(null);
    }

    private static CourtLevel guessLevel(String name) {
        if (name.contains("最高人民法院")) {
            return CourtLevel.SPC;
        }
        if (name.contains("高级")) {
            return CourtLevel.HIGH;
        }
        return name.contains("中级") ? CourtLevel.INTERMEDIATE : CourtLevel.BASIC;
    }
}
