package org.smartcourt.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifiers derived from a message's key and address alone, so that a message sent again after a crash carries the
 * identifier it had the first time and the receiver can tell it is the same message.
 */
public final class MessageIds {

    private MessageIds() {}

    /** An RFC 5322 Message-ID: {@code <hash@domain>}. */
    public static String email(String key, String address, String domain) {
        return "<" + hash(key, address) + "@" + domain + ">";
    }

    /** A client reference for an SMS gateway: 40 hex digits. */
    public static String sms(String key, String address) {
        return hash(key, address);
    }

    private static String hash(String key, String address) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((key + "\n" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
