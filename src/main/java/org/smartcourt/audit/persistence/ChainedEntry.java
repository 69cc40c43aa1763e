package org.smartcourt.audit.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** The exact bytes an entry's hash covers, so that writer and verifier compute it the same way. */
record ChainedEntry(
        Instant recordedAt,
        String actor,
        String action,
        String subject,
        String outcome,
        String details,
        String previousHash) {

    static final String GENESIS = "0".repeat(64);

    String hash() {
        var canonical =
                String.join("\n", previousHash, recordedAt.toString(), actor, action, subject, outcome, details);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Details as JSON with sorted keys: one map has exactly one text. */
    static String canonicalJson(Map<String, String> details) {
        var json = new StringBuilder("{");
        new TreeMap<>(details).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            appendString(json, key);
            json.append(':');
            appendString(json, value);
        });
        return json.append('}').toString();
    }

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
