package org.smartcourt.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * One fact for the audit log.
 *
 * @param actor the username, {@code anonymous} or {@code system}
 * @param action what happened, namespaced by module: {@code identity.login}, {@code docket.case.read}
 * @param subject what it happened to: a username, a case number, a document hash
 * @param details further facts (client address, channel, reason); never secrets
 */
public record AuditRecord(
        String actor, String action, String subject, AuditOutcome outcome, Map<String, String> details) {

    public AuditRecord {
        requireText(actor, "actor");
        requireText(action, "action");
        requireText(subject, "subject");
        details = Map.copyOf(new TreeMap<>(details));
    }

    public static AuditRecord of(String actor, String action, String subject, AuditOutcome outcome) {
        return new AuditRecord(actor, action, subject, outcome, Map.of());
    }

    public AuditRecord with(String key, String value) {
        var more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditRecord(actor, action, subject, outcome, more);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An audit record needs a " + name);
        }
    }
}
