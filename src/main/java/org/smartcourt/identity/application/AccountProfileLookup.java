package org.smartcourt.identity.application;

import java.util.Optional;
import org.smartcourt.identity.AccountProfiles;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.AccountHolder;
import org.smartcourt.identity.domain.Accounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers {@link AccountProfiles} from the accounts. */
@Component
@Transactional(readOnly = true)
class AccountProfileLookup implements AccountProfiles {

    private final Accounts accounts;

    AccountProfileLookup(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountProfile> profile(String username) {
        if (!Username.isValid(username)) {
            return Optional.empty();
        }
        return accounts.byUsername(Username.parse(username))
                .map(account -> new AccountProfile(
                        account.username().value(),
                        account.holder().name(),
                        account.isVerified(),
                        account.practice() == null
                                ? null
                                : account.practice().licenceNumber().value(),
                        account.holder().mobile().value(),
                        account.holder() instanceof AccountHolder.NaturalPerson person ? person.email() : null,
                        account.language()));
    }
}
