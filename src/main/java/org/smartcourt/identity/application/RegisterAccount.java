package org.smartcourt.identity.application;

import java.util.List;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.RoleGrant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person or organisation opens an account of their own and becomes a litigant. */
@Component
public class RegisterAccount {

    private final AccountOpening opening;

    RegisterAccount(AccountOpening opening) {
        this.opening = opening;
    }

    /** Opens the account; nothing is stored when any field is wrong or the username or identity is taken. */
    @Transactional
    public Username register(Registration registration) {
        var opened = opening.open(registration, List.of(RoleGrant.platformWide(Role.LITIGANT)), null, null, null);
        return opened.account().username();
    }
}
