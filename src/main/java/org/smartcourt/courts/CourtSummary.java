package org.smartcourt.courts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CourtCode;

/**
 * One court of the official list.
 *
 * @param code its 法院代字, as in case numbers
 * @param name its full name
 * @param level its level
 * @param parentCode the superior court's code; null only for the Supreme People's Court
 * @param province the code of the high court it belongs to ({@code 鲁}); {@code 最高法} for the Supreme People's Court
 */
public record CourtSummary(
        CourtCode code,
        String name,
        CourtLevel level,
        @Nullable CourtCode parentCode,
        CourtCode province) {

    public CourtSummary {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(province, "province");
    }
}
