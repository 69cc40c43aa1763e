package org.smartcourt.fees.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of every message of the gateway protocol: HMAC-SHA256 with the merchant key over the canonical form of
 * the message's fields, written as lowercase hex in the field {@code sign}.
 *
 * <p>Canonical form: every field except {@code sign} whose value is not empty, sorted by name (byte order of UTF-8),
 * written {@code name=value} and joined with {@code &}, values as sent (not URL-encoded). A raw body (a statement) is
 * signed as its UTF-8 bytes.
 */
public final class GatewaySignature {

    public static final String FIELD = "sign";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    public GatewaySignature(String merchantKey) {
        if (merchantKey.length() < 16) {
            throw new IllegalArgumentException("A merchant key has at least 16 characters");
        }
        this.key = merchantKey.getBytes(StandardCharsets.UTF_8);
    }

    public static String canonical(Map<String, String> fields) {
        return new TreeMap<>(fields)
                .entrySet().stream()
                        .filter(field -> !field.getKey().equals(FIELD))
                        .filter(field ->
                                field.getValue() != null && !field.getValue().isEmpty())
                        .map(field -> field.getKey() + "=" + field.getValue())
                        .collect(Collectors.joining("&"));
    }

    public String sign(Map<String, String> fields) {
        return signRaw(canonical(fields));
    }

    /** The fields with their {@code sign} added. */
    public Map<String, String> signed(Map<String, String> fields) {
        var copy = new TreeMap<>(fields);
        copy.remove(FIELD);
        copy.put(FIELD, sign(copy));
        return copy;
    }

    /** Whether the message carries the signature of its other fields; compares in constant time. */
    public boolean verify(Map<String, String> fields) {
        var given = fields.get(FIELD);
        return given != null && matches(given, sign(fields));
    }

    public String signRaw(String body) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    public boolean verifyRaw(String body, String signature) {
        return matches(signature, signRaw(body));
    }

    private static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(
                given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }
}
