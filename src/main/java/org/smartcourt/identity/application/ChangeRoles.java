package org.smartcourt.identity.application;

import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Account;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.identity.domain.LawyerPractice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A platform administrator grants or revokes a role; every change is audited. */
@Component
public class ChangeRoles {

    /** The account's roles after the change, and a new TOTP secret if the change made it need one. */
    public record Changed(AccountSummary account, @Nullable String newTotpSecret) {}

    private final Accounts accounts;
    private final TotpSecrets totpSecrets;
    private final SecurityEvents events;

    ChangeRoles(Accounts accounts, TotpSecrets totpSecrets, SecurityEvents events) {
        this.accounts = accounts;
        this.totpSecrets = totpSecrets;
        this.events = events;
    }

    @Transactional
    public Changed grant(String administrator, String username, GrantRequest request) {
        var account = find(username);
        var checks = new FieldChecks();
        var grant = request.check("role", checks);
        LawyerPractice practice = null;
        if (grant != null && grant.role() == Role.LAWYER) {
            practice = request.practice("role", checks);
        }
        checks.throwIfAny();
        if (grant == null) {
            throw new IllegalStateException("Checked grant is missing");
        }
        if (practice != null) {
            account.practiseAsLawyer(practice);
        }
        String secret = null;
        if (grant.role().requiresSecondFactor() && account.sealedTotpSecret() == null) {
            secret = totpSecrets.generate();
            account.setUpSecondFactor(totpSecrets.seal(secret));
        }
        if (account.grant(grant)) {
            accounts.save(account);
            events.record(
                    administrator,
                    "identity.role.granted",
                    "account:" + account.username().value(),
                    SecurityEvents.Outcome.SUCCESS,
                    AccountOpening.grantDetails(grant));
        }
        return new Changed(AccountSummary.of(account), secret);
    }

    @Transactional
    public AccountSummary revoke(String administrator, String username, GrantRequest request) {
        var account = find(username);
        var checks = new FieldChecks();
        var grant = request.check("role", checks);
        checks.throwIfAny();
        if (grant == null) {
            throw new IllegalStateException("Checked grant is missing");
        }
        if (account.revoke(grant)) {
            accounts.save(account);
            events.record(
                    administrator,
                    "identity.role.revoked",
                    "account:" + account.username().value(),
                    SecurityEvents.Outcome.SUCCESS,
                    AccountOpening.grantDetails(grant));
        }
        return AccountSummary.of(account);
    }

    private Account find(String username) {
        if (!Username.isValid(username)) {
            throw new IdentityProblem.AccountNotFound(username);
        }
        return accounts.byUsername(Username.parse(username))
                .orElseThrow(() -> new IdentityProblem.AccountNotFound(username));
    }
}
