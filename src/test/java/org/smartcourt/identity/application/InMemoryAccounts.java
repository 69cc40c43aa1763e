package org.smartcourt.identity.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Account;
import org.smartcourt.identity.domain.AccountKind;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.shared.CourtCode;

/** Accounts kept in a map, for use-case tests. */
class InMemoryAccounts implements Accounts {

    private final Map<String, Account> byUsername = new ConcurrentHashMap<>();

    @Override
    public Optional<Account> byUsername(Username username) {
        return Optional.ofNullable(byUsername.get(username.value()));
    }

    @Override
    public Optional<Account> byUsernameForUpdate(Username username) {
        return byUsername(username);
    }

    @Override
    public boolean usernameTaken(Username username) {
        return byUsername.containsKey(username.value());
    }

    @Override
    public boolean identityRegistered(AccountKind kind, String identityNumber) {
        return byUsername.values().stream()
                .anyMatch(account -> account.holder().kind() == kind
                        && account.holder().identityNumber().equals(identityNumber));
    }

    @Override
    public List<Account> staffOf(CourtCode court) {
        return byUsername.values().stream()
                .filter(account -> account.courts().contains(court))
                .toList();
    }

    @Override
    public void save(Account account) {
        byUsername.put(account.username().value(), account);
    }
}
