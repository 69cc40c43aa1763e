package org.smartcourt.notifications.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.smartcourt.notifications.Channel;

/**
 * Writes addresses one way, so that the same person's address written twice counts as one address when a message is
 * sent at most once per address.
 */
public final class Addresses {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private Addresses() {}

    public static String normalised(Channel channel, String address) {
        var text = address.strip();
        return switch (channel) {
            case INBOX -> text;
            case EMAIL -> text.toLowerCase(Locale.ROOT);
            case SMS -> mobile(text);
        };
    }

    /** Whether the number is a mainland mobile number, the only kind the SMS gateway sends to. */
    public static boolean isMainlandMobile(String normalised) {
        return MAINLAND_MOBILE.matcher(normalised).matches();
    }

    private static String mobile(String text) {
        var digits = text.replaceAll("[\\s()-]", "");
        if (digits.startsWith("+86")) {
            return digits.substring(3);
        }
        if (digits.startsWith("0086")) {
            return digits.substring(4);
        }
        return digits;
    }
}
