package org.smartcourt.identity.application;

import java.util.Map;

/** Where identity writes its security events: sign-ins, failures, lock-outs, registrations and role changes. */
public interface SecurityEvents {

    /** How the event ended. */
    enum Outcome {
        SUCCESS,
        FAILURE,
        DENIED
    }

    /**
     * @param actor the username, {@code anonymous} or {@code system}
     * @param action such as {@code identity.login}
     * @param subject what the event is about, such as {@code account:zhang.san}
     * @param details extra facts ({@code ip}, {@code channel}, {@code reason}); never passwords or codes
     */
    void record(String actor, String action, String subject, Outcome outcome, Map<String, String> details);
}
