package org.smartcourt.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.smartcourt.notifications.Channel;

/**
 * The token in an unsubscribe link: who is unsubscribing from which channel, signed with the platform's key so that
 * nobody can unsubscribe someone else. Written {@code base64url(username LF channel) "." base64url(HMAC-SHA256)}.
 */
public final class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    public UnsubscribeTokens(String key) {
        if (key.length() < 16) {
            throw new IllegalArgumentException("An unsubscribe key has at least 16 characters");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** Who unsubscribes from what. */
    public record Unsubscription(String username, Channel channel) {}

    public String issue(String username, Channel channel) {
        if (channel == Channel.INBOX) {
            throw new IllegalArgumentException("Nobody unsubscribes from the inbox");
        }
        var payload = (username + "\n" + channel.name()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The unsubscription the token stands for; empty when it is malformed or not signed with this key. */
    public Optional<Unsubscription> read(String token) {
        var dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            var payload = DECODER.decode(token.substring(0, dot));
            var signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            var parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                return Optional.empty();
            }
            var channel = Channel.valueOf(parts[1]);
            return channel == Channel.INBOX ? Optional.empty() : Optional.of(new Unsubscription(parts[0], channel));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
