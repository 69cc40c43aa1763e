package org.smartcourt.docket.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.ActorRole;

/**
 * Who acts on a case: the username for accountability (audit, never shown to parties), the capacity, and for court
 * staff the public name printed on court documents.
 */
public record Actor(
        String username, ActorRole role, @Nullable String publicName) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An actor needs a username");
        }
        Objects.requireNonNull(role, "role");
    }

    public static Actor of(String username, ActorRole role) {
        return new Actor(username, role, null);
    }
}
