package org.smartcourt.identity.persistence;

import java.util.List;
import java.util.Optional;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Account;
import org.smartcourt.identity.domain.AccountKind;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Repository;

@Repository
class JpaAccounts implements Accounts {

    private final AccountRows rows;

    JpaAccounts(AccountRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Account> byUsername(Username username) {
        return rows.findByUsername(username.value()).map(AccountEntity::toDomain);
    }

    @Override
    public Optional<Account> byUsernameForUpdate(Username username) {
        return rows.findByUsernameForUpdate(username.value()).map(AccountEntity::toDomain);
    }

    @Override
    public boolean usernameTaken(Username username) {
        return rows.existsByUsername(username.value());
    }

    @Override
    public boolean identityRegistered(AccountKind kind, String identityNumber) {
        return rows.existsByKindAndIdentityNumber(kind, identityNumber);
    }

    @Override
    public List<Account> staffOf(CourtCode court) {
        return rows.findStaffOf(court.value()).stream()
                .map(AccountEntity::toDomain)
                .toList();
    }

    @Override
    public void save(Account account) {
        var entity = rows.findById(account.id()).orElse(null);
        if (entity == null) {
            rows.saveAndFlush(new AccountEntity(account));
        } else {
            entity.copyFrom(account);
            rows.saveAndFlush(entity);
        }
    }
}
