package org.smartcourt.docket.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The one request for corrections: every defect and the deadline (在线诉讼规则 Art. 9(2)). */
public record CorrectionRequest(List<Defect> defects, LocalDate deadline, Instant requestedAt) {

    public CorrectionRequest {
        defects = List.copyOf(defects);
        if (defects.isEmpty()) {
            throw new IllegalArgumentException("A request for correction lists at least one defect");
        }
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
