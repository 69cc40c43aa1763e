package org.smartcourt.delivery.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.PartyRole;

/**
 * The party a document is served on.
 *
 * @param identification the party's ID number or unified social credit code
 * @param account the party's platform username, if it has one
 * @param domicileAbroad the party has no domicile in the People's Republic of China
 */
public record Recipient(
        String identification,
        String name,
        PartyRole role,
        @Nullable String account,
        boolean domicileAbroad) {

    public Recipient {
        Objects.requireNonNull(role, "role");
        if (identification == null || identification.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A recipient needs an identification and a name");
        }
    }
}
