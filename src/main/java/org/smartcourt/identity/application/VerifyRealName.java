package org.smartcourt.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.ResidentIdNumber;
import org.smartcourt.identity.UnifiedSocialCreditCode;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.AccountHolder;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.identity.domain.RealNameVerifier;
import org.smartcourt.identity.domain.Verification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account holder confirms their real name (实名认证, Online Litigation Rules Art. 7): the details typed must be
 * those registered, and the {@link RealNameVerifier} must confirm that the name belongs to the number.
 */
@Component
public class VerifyRealName {

    /** What the holder typed: a person's name and ID number, or an organisation's name, code and representative. */
    public record Claim(
            @Nullable String name,
            @Nullable String idNumber,
            @Nullable String creditCode,
            @Nullable String legalRepresentative) {}

    private final Accounts accounts;
    private final RealNameVerifier verifier;
    private final SecurityEvents events;
    private final Clock clock;

    VerifyRealName(Accounts accounts, RealNameVerifier verifier, SecurityEvents events, Clock clock) {
        this.accounts = accounts;
        this.verifier = verifier;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AccountSummary verify(String username, Claim claim) {
        var account = accounts.byUsername(Username.parse(username))
                .orElseThrow(() -> new IdentityProblem.AccountNotFound(username));
        var checks = new FieldChecks();
        var name = checks.required("name", claim.name(), 100);
        RealNameVerifier.Claim toVerify;
        var holder = account.holder();
        if (holder instanceof AccountHolder.NaturalPerson person) {
            var today = LocalDate.now(clock);
            var idNumber = checks.parse(
                    "idNumber",
                    claim.idNumber(),
                    text -> ResidentIdNumber.parse(text, today),
                    text -> ResidentIdNumber.problemWith(text, today)
                            .map(problem -> "identity.field.idNumber." + problem));
            checks.throwIfAny();
            if (!person.name().equals(name) || !person.idNumber().equals(idNumber)) {
                refuse(username, "details-differ");
                throw new IdentityProblem.DetailsDiffer();
            }
            toVerify = new RealNameVerifier.Claim.Person(person.name(), person.idNumber());
        } else {
            var organisation = (AccountHolder.LegalPerson) holder;
            var creditCode = checks.parse(
                    "creditCode",
                    claim.creditCode(),
                    UnifiedSocialCreditCode::parse,
                    text -> UnifiedSocialCreditCode.problemWith(text)
                            .map(problem -> "identity.field.creditCode." + problem));
            var representative = checks.required("legalRepresentative", claim.legalRepresentative(), 100);
            checks.throwIfAny();
            if (!organisation.name().equals(name)
                    || !organisation.creditCode().equals(creditCode)
                    || !organisation.legalRepresentative().equals(representative)) {
                refuse(username, "details-differ");
                throw new IdentityProblem.DetailsDiffer();
            }
            toVerify = new RealNameVerifier.Claim.Organisation(
                    organisation.name(), organisation.creditCode(), organisation.legalRepresentative());
        }
        var result = verifier.verify(toVerify);
        if (!result.matched()) {
            refuse(username, "registry-mismatch");
            throw new IdentityProblem.RealNameMismatch();
        }
        account.verified(new Verification(clock.instant(), result.method()));
        accounts.save(account);
        events.record(
                username,
                "identity.verified",
                "account:" + username,
                SecurityEvents.Outcome.SUCCESS,
                Map.of("method", result.method()));
        return AccountSummary.of(account);
    }

    private void refuse(String username, String reason) {
        events.record(
                username,
                "identity.verified",
                "account:" + username,
                SecurityEvents.Outcome.FAILURE,
                Map.of("reason", reason));
    }
}
