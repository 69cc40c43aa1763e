package org.smartcourt.publication.application;

import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.courts.Courts;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/** What the catalogue records of a court, from the official list, as the search facets use it. */
@Component
class CourtFacts {

    private final Courts courts;

    CourtFacts(Courts courts) {
        this.courts = courts;
    }

    String name(CourtCode code) {
        return courts.find(code).map(CourtSummary::name).orElse(code.value());
    }

    void describe(PublishedJudgmentEntity entity, CourtCode code) {
        var court = courts.find(code).orElse(null);
        entity.setCourtCode(code.value());
        entity.setCourtName(court == null ? code.value() : court.name());
        entity.setCourtLevel(court == null ? null : court.level().name());
        entity.setProvince(court == null ? null : court.province().value());
        entity.setProvinceName(court == null ? null : provinceName(court.province()));
    }

    private @Nullable String provinceName(CourtCode province) {
        return courts.find(province)
                .map(high -> high.name().replace("高级人民法院", ""))
                .orElse(null);
    }
}
