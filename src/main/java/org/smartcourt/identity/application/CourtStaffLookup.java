package org.smartcourt.identity.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smartcourt.identity.CourtStaffDirectory;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Account;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.identity.domain.RoleGrant;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers {@link CourtStaffDirectory} questions from the accounts and their role grants. */
@Component
@Transactional(readOnly = true)
class CourtStaffLookup implements CourtStaffDirectory {

    private final Accounts accounts;

    CourtStaffLookup(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean holdsRoleAt(String username, CourtCode court, Set<Role> roles) {
        return account(username)
                .map(account -> roles.stream()
                        .filter(Role::isCourtStaff)
                        .anyMatch(role -> account.grants().contains(RoleGrant.at(role, court))))
                .orElse(false);
    }

    @Override
    public List<String> holdersOf(CourtCode court, Role role) {
        if (!role.isCourtStaff()) {
            return List.of();
        }
        return accounts.staffOf(court).stream()
                .filter(account -> account.grants().contains(RoleGrant.at(role, court)))
                .map(account -> account.username().value())
                .sorted()
                .toList();
    }

    @Override
    public List<CourtCode> courtsWhere(String username, Set<Role> roles) {
        return account(username)
                .map(account -> account.grants().stream()
                        .filter(grant -> grant.court() != null && roles.contains(grant.role()))
                        .map(grant -> java.util.Objects.requireNonNull(grant.court()))
                        .distinct()
                        .sorted(java.util.Comparator.comparing(CourtCode::value))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public Optional<String> staffName(String username) {
        return account(username)
                .filter(account -> account.roles().stream().anyMatch(Role::isCourtStaff))
                .map(account -> account.holder().name());
    }

    private Optional<Account> account(String username) {
        if (!Username.isValid(username)) {
            return Optional.empty();
        }
        return accounts.byUsername(Username.parse(username));
    }
}
