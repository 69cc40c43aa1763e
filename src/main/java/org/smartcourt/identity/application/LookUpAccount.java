package org.smartcourt.identity.application;

import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Accounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads an account for its holder's own pages and for {@code GET /api/v1/me}. */
@Component
public class LookUpAccount {

    private final Accounts accounts;

    LookUpAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public AccountSummary of(String username) {
        if (!Username.isValid(username)) {
            throw new IdentityProblem.AccountNotFound(username);
        }
        return accounts.byUsername(Username.parse(username))
                .map(AccountSummary::of)
                .orElseThrow(() -> new IdentityProblem.AccountNotFound(username));
    }
}
