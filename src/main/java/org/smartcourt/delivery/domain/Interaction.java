package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing the recipient did with the served document.
 *
 * @param channel the channel whose link was followed; null when the recipient came through their signed-in account
 * @param actor who acted: the recipient's username, or {@code link:<channel>} for someone holding the link
 */
public record Interaction(
        InteractionKind kind, Instant at, @Nullable ServiceChannel channel, String actor) {

    public Interaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("An interaction needs its actor");
        }
    }
}
