package org.smartcourt.docket;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A party to a case.
 *
 * @param role plaintiff, defendant or third party
 * @param kind natural or legal person
 * @param name the person's or organisation's name
 * @param identification the resident ID number or unified social credit code (or passport number) the filer gave;
 *     identifies the party within the case
 * @param account the party's platform username when the party has linked an account, so that it sees the case
 */
public record Party(
        PartyRole role,
        PartyKind kind,
        String name,
        String identification,
        @Nullable String account) {

    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A party needs a name");
        }
        if (identification == null || identification.isBlank()) {
            throw new IllegalArgumentException("A party needs an identification");
        }
        name = name.strip();
        identification = identification.strip();
        account = account == null || account.isBlank() ? null : account.strip();
    }
}
