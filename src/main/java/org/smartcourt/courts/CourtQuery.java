package org.smartcourt.courts;

import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CourtCode;

/**
 * Which courts to list; a null criterion does not filter.
 *
 * @param province the high court's code ({@code 鲁}): that high court and every court under it
 * @param level only courts of this level
 * @param parent only the courts directly under this one
 */
public record CourtQuery(
        @Nullable CourtCode province,
        @Nullable CourtLevel level,
        @Nullable CourtCode parent) {

    public static CourtQuery all() {
        return new CourtQuery(null, null, null);
    }

    public static CourtQuery inProvince(CourtCode province) {
        return new CourtQuery(province, null, null);
    }
}
