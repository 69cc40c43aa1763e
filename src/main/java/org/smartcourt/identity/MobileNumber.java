package org.smartcourt.identity;

import java.util.regex.Pattern;

/** A mainland China mobile number: eleven digits starting with 13 to 19. */
public record MobileNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("1[3-9]\\d{9}");

    public MobileNumber {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a mainland mobile number");
        }
    }

    public static MobileNumber parse(String text) {
        return new MobileNumber(
                text == null ? null : text.strip().replace(" ", "").replace("-", ""));
    }

    public static boolean isValid(String text) {
        return text != null
                && SHAPE.matcher(text.strip().replace(" ", "").replace("-", "")).matches();
    }

    /** Shows only the first three and last four digits. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
