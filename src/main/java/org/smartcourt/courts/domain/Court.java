package org.smartcourt.courts.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.shared.CourtCode;

/**
 * A court of the official court-code list.
 *
 * @param code its 法院代字
 * @param courtId its numeric id in the SPC court-code standard (YB/T 51202—2016)
 * @param hierarchyCode its three-character 分级码; sorting by it lists a high court, then each intermediate court
 *     followed by its basic courts
 * @param name its full name
 * @param level its level
 * @param parentCode the superior court's code; null only for the Supreme People's Court
 * @param province the code of the high court it belongs to; {@code 最高法} for the Supreme People's Court
 * @param note a remark of the list, such as 代字尚未修改
 */
public record Court(
        CourtCode code,
        int courtId,
        String hierarchyCode,
        String name,
        CourtLevel level,
        @Nullable CourtCode parentCode,
        CourtCode province,
        @Nullable String note) {

    static final String SUPREME_COURT = "最高法";

    public Court {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(hierarchyCode, "hierarchyCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(province, "province");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Court " + code + " has no name");
        }
        if (level != levelOf(code)) {
            throw new IllegalArgumentException("Court code " + code + " is not the code of a " + level + " court");
        }
        if ((level == CourtLevel.SPC) != (parentCode == null)) {
            throw new IllegalArgumentException("Only the Supreme People's Court has no superior court: " + code);
        }
        if (!code.province().equals(province.value())) {
            throw new IllegalArgumentException("Court " + code + " is not in province " + province);
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * The level a court code denotes.
     *
     * <p>法〔2015〕137号 Art. 4–5: 最高法 is the SPC; a high court's code is the province abbreviation alone; an
     * intermediate court adds two digits, a basic court four.
     */
    public static CourtLevel levelOf(CourtCode code) {
        if (code.value().equals(SUPREME_COURT)) {
            return CourtLevel.SPC;
        }
        return switch (code.value().length() - code.province().length()) {
            case 0 -> CourtLevel.HIGH;
            case 2 -> CourtLevel.INTERMEDIATE;
            default -> CourtLevel.BASIC;
        };
    }

    public CourtSummary summary() {
        return new CourtSummary(code, name, level, parentCode, province);
    }
}
