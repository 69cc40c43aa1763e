package org.smartcourt.shared;

import java.util.regex.Pattern;

/**
 * A court's 法院代字 as used in case numbers: the province abbreviation ({@code 鲁}) for a high court, followed by two
 * digits for an intermediate court ({@code 鲁01}) or four for a basic court ({@code 鲁0102}); {@code 最高法} for the
 * Supreme People's Court. Province abbreviations are one character (内 for Inner Mongolia, 军 and 兵 for the military and
 * Production and Construction Corps courts), 关于人民法院案件案号的若干规定 Art. 4–5.
 */
public record CourtCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("(最高法|\\p{IsHan})(\\d{2}|\\d{4})?");

    public CourtCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a court code: " + value);
        }
    }

    public static CourtCode of(String value) {
        return new CourtCode(value == null ? null : value.strip());
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value.strip()).matches();
    }

    /** The province part: {@code 鲁} for {@code 鲁0102}. */
    public String province() {
        var matcher = SHAPE.matcher(value);
        matcher.matches();
        return matcher.group(1);
    }

    @Override
    public String toString() {
        return value;
    }
}
