package org.smartcourt.delivery.domain;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the court posts documents (法院专递规定 Art. 4: postcode, detailed address and telephone).
 *
 * @param postcode the six-digit mainland postcode, if known (none abroad)
 * @param address the detailed address
 * @param phone a telephone number the postman can call
 */
public record PostalAddress(
        @Nullable String postcode, String address, @Nullable String phone) {

    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");

    public PostalAddress {
        if (address == null || address.isBlank() || address.length() > 300) {
            throw new IllegalArgumentException("A postal address needs at most 300 characters of text");
        }
        address = address.strip();
        postcode = postcode == null || postcode.isBlank() ? null : postcode.strip();
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            throw new IllegalArgumentException("A postcode has six digits");
        }
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        if (phone != null && phone.length() > 30) {
            throw new IllegalArgumentException("A telephone number has at most 30 characters");
        }
    }

    public static boolean isPostcode(String text) {
        return text != null && POSTCODE.matcher(text.strip()).matches();
    }

    /** The address on one line, as printed on the envelope and the certificate. */
    public String oneLine() {
        return (postcode == null ? "" : postcode + " ") + address + (phone == null ? "" : "（" + phone + "）");
    }
}
