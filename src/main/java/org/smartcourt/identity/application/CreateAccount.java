package org.smartcourt.identity.application;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.domain.LawyerPractice;
import org.smartcourt.identity.domain.RoleGrant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A platform administrator opens an account with roles, typically for court staff (who get a TOTP secret). */
@Component
public class CreateAccount {

    /** The new account's username and, for staff, the TOTP secret to hand to its holder once. */
    public record Created(String username, @Nullable String totpSecret) {}

    private final AccountOpening opening;

    CreateAccount(AccountOpening opening) {
        this.opening = opening;
    }

    @Transactional
    public Created create(String administrator, Registration registration, List<GrantRequest> roles) {
        var checks = new FieldChecks();
        var grants = new ArrayList<RoleGrant>();
        LawyerPractice practice = null;
        if (roles.isEmpty()) {
            checks.reject("roles", "identity.field.required");
        }
        for (var i = 0; i < roles.size(); i++) {
            var field = "roles[" + i + "]";
            var grant = roles.get(i).check(field, checks);
            if (grant != null) {
                grants.add(grant);
                if (grant.role() == Role.LAWYER) {
                    practice = roles.get(i).practice(field, checks);
                }
            }
        }
        checks.throwIfAny();
        var opened = opening.open(registration, grants, practice, null, administrator);
        return new Created(opened.account().username().value(), opened.totpSecret());
    }
}
