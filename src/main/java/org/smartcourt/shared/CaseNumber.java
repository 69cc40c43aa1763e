package org.smartcourt.shared;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A case number (案号): {@code （2026）鲁0102民初1号}.
 *
 * <p>关于人民法院案件案号的若干规定 (法〔2015〕137号, amended 法〔2018〕335号) Art. 2–3: "(" + filing year + ")" + court code +
 * [specialised-adjudication code] + case-type code + serial + "号". Derived documents of the same case carry a suffix
 * such as 之一. Printed with full-width parentheses; half-width ones are accepted when parsing.
 */
public record CaseNumber(
        int year,
        CourtCode court,
        @Nullable String specialisedCode,
        String typeCode,
        long serial,
        @Nullable String suffix) {

    private static final Pattern SHAPE = Pattern.compile(
            "[（(](\\d{4})[）)](最高法|\\p{IsHan})(\\d{4}|\\d{2})?(\\p{IsHan}{1,5}?)(\\d{1,9})号(之[一二三四五六七八九十]{1,3})?");

    // Art. 2 as amended in 2018: one character set by the SPC; 知 (intellectual property) is the one in use.
    private static final List<String> SPECIALISED_CODES = List.of("知");

    private static final Pattern TYPE_CODE = Pattern.compile("\\p{IsHan}{1,4}");

    public CaseNumber {
        if (year < 1949 || year > 9999) {
            throw new IllegalArgumentException("Not a filing year: " + year);
        }
        if (court == null) {
            throw new IllegalArgumentException("A case number needs a court code");
        }
        if (specialisedCode != null && !SPECIALISED_CODES.contains(specialisedCode)) {
            throw new IllegalArgumentException("Not a specialised-adjudication code: " + specialisedCode);
        }
        if (typeCode == null || !TYPE_CODE.matcher(typeCode).matches()) {
            throw new IllegalArgumentException("Not a case-type code: " + typeCode);
        }
        // Art. 9–10: serials are natural numbers starting at 1.
        if (serial < 1) {
            throw new IllegalArgumentException("A case serial starts at 1: " + serial);
        }
    }

    public static CaseNumber of(int year, CourtCode court, String typeCode, long serial) {
        return new CaseNumber(year, court, null, typeCode, serial, null);
    }

    public static Optional<CaseNumber> parse(String text) {
        var matcher = SHAPE.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var court = CourtCode.of(matcher.group(2) + (matcher.group(3) == null ? "" : matcher.group(3)));
        var types = matcher.group(4);
        String specialised = null;
        var first = types.substring(0, 1);
        if (types.length() > 1 && SPECIALISED_CODES.contains(first)) {
            specialised = first;
            types = types.substring(1);
        }
        try {
            return Optional.of(new CaseNumber(
                    Integer.parseInt(matcher.group(1)),
                    court,
                    specialised,
                    types,
                    Long.parseLong(matcher.group(5)),
                    matcher.group(6)));
        } catch (IllegalArgumentException notACaseNumber) {
            return Optional.empty();
        }
    }

    /** The derived document {@code 之n} of this case (partial judgments, corrections). */
    public CaseNumber withSuffix(String suffix) {
        return new CaseNumber(year, court, specialisedCode, typeCode, serial, suffix);
    }

    @Override
    public String toString() {
        return "（" + year + "）" + court.value() + (specialisedCode == null ? "" : specialisedCode) + typeCode + serial
                + "号" + (suffix == null ? "" : suffix);
    }
}
