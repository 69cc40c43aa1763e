package org.smartcourt.identity;

import java.util.regex.Pattern;

/** A lawyer's 律师执业证号 (practising licence number): seventeen digits. */
public record LawyerLicenceNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}");

    public LawyerLicenceNumber {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a lawyer licence number");
        }
    }

    public static LawyerLicenceNumber parse(String text) {
        return new LawyerLicenceNumber(text == null ? null : text.strip());
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text.strip()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
