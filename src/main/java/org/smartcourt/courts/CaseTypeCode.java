package org.smartcourt.courts;

import java.util.regex.Pattern;

/**
 * A 类型代字, the case-type code in a case number ({@code 民初}, {@code 执}, {@code 民诉前调}).
 *
 * <p>法〔2015〕137号 Art. 7 allows at most three Chinese characters, but courts also use the four-character {@code 民诉前调}
 * for pre-filing mediation, so up to four are accepted.
 */
public record CaseTypeCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\p{IsHan}{1,4}");

    public CaseTypeCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a case-type code: " + value);
        }
    }

    public static CaseTypeCode of(String value) {
        return new CaseTypeCode(value == null ? null : value.strip());
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value.strip()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
