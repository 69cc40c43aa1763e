package org.smartcourt.notifications.sms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a request to the SMS gateway is signed, the way commercial gateways sign theirs: headers {@code X-Api-Key} (the
 * key id), {@code X-Timestamp} (ISO-8601 instant) and {@code X-Signature}, the lowercase hex HMAC-SHA256 with the API
 * secret of the timestamp, a line feed, and the payload (the JSON body of a POST, the query string of a GET).
 */
public final class SmsSignature {

    public static final String KEY_HEADER = "X-Api-Key";
    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    public SmsSignature(String secret) {
        if (secret.length() < 16) {
            throw new IllegalArgumentException("An SMS API secret has at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String timestamp, String payload) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "\n" + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Whether the signature is this secret's over the timestamp and payload; compares in constant time. */
    public boolean verify(String timestamp, String payload, String signature) {
        return MessageDigest.isEqual(
                signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                sign(timestamp, payload).getBytes(StandardCharsets.US_ASCII));
    }
}
