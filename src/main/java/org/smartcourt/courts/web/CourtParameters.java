package org.smartcourt.courts.web;

import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.CourtQuery;
import org.smartcourt.shared.CourtCode;

/** Turns request parameters into registry types, or rejects them with a 400 problem naming the bad value. */
final class CourtParameters {

    private CourtParameters() {}

    static CourtQuery query(@Nullable String province, @Nullable String level, @Nullable String parent) {
        return new CourtQuery(province(province), level(level), court("parent", parent));
    }

    /** A high court's code ({@code 鲁}) or {@code 最高法}: a court code without digits. */
    static @Nullable CourtCode province(@Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        if (!isProvince(value)) {
            throw InvalidParameterProblem.province(value);
        }
        return CourtCode.of(value);
    }

    static boolean isProvince(String value) {
        return CourtCode.isValid(value)
                && CourtCode.of(value).value().equals(CourtCode.of(value).province());
    }

    static @Nullable CourtLevel level(@Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        return CourtLevel.parse(value).orElseThrow(() -> InvalidParameterProblem.level(value));
    }

    static @Nullable CourtCode court(String parameter, @Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        if (!CourtCode.isValid(value)) {
            throw InvalidParameterProblem.courtCode(parameter, value);
        }
        return CourtCode.of(value);
    }

    static @Nullable CaseTypeCode typeCode(@Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        if (!CaseTypeCode.isValid(value)) {
            throw InvalidParameterProblem.typeCode(value);
        }
        return CaseTypeCode.of(value);
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
