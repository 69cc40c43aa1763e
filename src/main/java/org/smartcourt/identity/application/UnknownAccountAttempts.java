package org.smartcourt.identity.application;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.smartcourt.identity.domain.LoginAttempts;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins under usernames that have no account, counted like those of real accounts so that the throttle and
 * the lock-out do not tell a guesser which usernames exist. Kept in memory and bounded: an attacker filling it only
 * resets the counts, which the per-account counters of real accounts do not depend on.
 */
@Component
class UnknownAccountAttempts {

    private static final int CAPACITY = 10_000;

    private final ConcurrentMap<String, LoginAttempts> attempts = new ConcurrentHashMap<>();

    LoginAttempts of(String username) {
        return attempts.getOrDefault(username, LoginAttempts.NONE);
    }

    void update(String username, LoginAttempts updated) {
        if (attempts.size() >= CAPACITY) {
            attempts.clear();
        }
        attempts.put(username, updated);
    }
}
