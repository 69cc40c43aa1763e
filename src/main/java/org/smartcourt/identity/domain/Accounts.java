package org.smartcourt.identity.domain;

import java.util.List;
import java.util.Optional;
import org.smartcourt.identity.Username;
import org.smartcourt.shared.CourtCode;

/** All accounts. */
public interface Accounts {

    Optional<Account> byUsername(Username username);

    /** The account, locked against concurrent sign-in attempts until the transaction ends. */
    Optional<Account> byUsernameForUpdate(Username username);

    boolean usernameTaken(Username username);

    /** Whether an account of this kind already exists for the resident ID number or credit code. */
    boolean identityRegistered(AccountKind kind, String identityNumber);

    /** Accounts holding any role at the court. */
    List<Account> staffOf(CourtCode court);

    /** Inserts or updates; the unique username and identity number are checked by the store. */
    void save(Account account);
}
