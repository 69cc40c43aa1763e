package org.smartcourt.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.MobileNumber;
import org.smartcourt.identity.ResidentIdNumber;
import org.smartcourt.identity.UnifiedSocialCreditCode;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Account;
import org.smartcourt.identity.domain.AccountHolder;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.identity.domain.LawyerPractice;
import org.smartcourt.identity.domain.PasswordPolicy;
import org.smartcourt.identity.domain.RoleGrant;
import org.smartcourt.shared.Language;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Checks a registration and opens the account with the given roles; shared by self-registration and staff set-up. */
@Component
class AccountOpening {

    /** The new account, and its TOTP secret in base 32 if it needs one (shown once, then only kept encrypted). */
    record Opened(Account account, @Nullable String totpSecret) {}

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TotpSecrets totpSecrets;
    private final SecurityEvents events;
    private final Clock clock;

    AccountOpening(
            Accounts accounts, PasswordEncoder passwords, TotpSecrets totpSecrets, SecurityEvents events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.totpSecrets = totpSecrets;
        this.events = events;
        this.clock = clock;
    }

    Opened open(
            Registration registration,
            Collection<RoleGrant> grants,
            @Nullable LawyerPractice practice,
            @Nullable String totpSecret,
            @Nullable String actorOrSelf) {
        var checks = new FieldChecks();
        var username = checks.parse(
                "username",
                registration.username(),
                Username::parse,
                text -> Username.isValid(text) ? Optional.empty() : Optional.of("identity.field.username.invalid"));
        var password = registration.password();
        if (password == null || password.isEmpty()) {
            checks.reject("password", "identity.field.required");
        } else if (username != null) {
            PasswordPolicy.check(password, username)
                    .ifPresent(violation -> checks.reject("password", "identity.field.password." + violation));
        }
        var holder = holder(registration, checks);
        var language = language(registration.language());
        checks.throwIfAny();
        if (username == null || holder == null || password == null) {
            throw new IllegalStateException("Checked fields are missing");
        }
        if (accounts.usernameTaken(username)) {
            throw new IdentityProblem.UsernameTaken();
        }
        if (accounts.identityRegistered(holder.kind(), holder.identityNumber())) {
            throw new IdentityProblem.IdentityAlreadyRegistered();
        }
        var account = Account.open(username, passwords.encode(password), holder, language, clock.instant());
        if (practice != null) {
            account.practiseAsLawyer(practice);
        }
        grants.forEach(account::grant);
        String secret = null;
        if (account.requiresSecondFactor()) {
            secret = totpSecret != null ? totpSecret : totpSecrets.generate();
            account.setUpSecondFactor(totpSecrets.seal(secret));
        }
        save(account);
        var actor = actorOrSelf == null ? username.value() : actorOrSelf;
        events.record(
                actor,
                "identity.registered",
                "account:" + username.value(),
                SecurityEvents.Outcome.SUCCESS,
                Map.of("kind", holder.kind().name()));
        grants.forEach(grant -> events.record(
                actor,
                "identity.role.granted",
                "account:" + username.value(),
                SecurityEvents.Outcome.SUCCESS,
                grantDetails(grant)));
        return new Opened(account, secret);
    }

    static Map<String, String> grantDetails(RoleGrant grant) {
        return grant.court() == null
                ? Map.of("role", grant.role().name())
                : Map.of("role", grant.role().name(), "court", grant.court().value());
    }

    private void save(Account account) {
        try {
            accounts.save(account);
        } catch (DataIntegrityViolationException raced) {
            // Another registration with the same username or identity committed between the checks and this insert.
            var message = String.valueOf(raced.getMostSpecificCause().getMessage());
            if (message.contains("identity_account_identity_unique")) {
                throw new IdentityProblem.IdentityAlreadyRegistered();
            }
            throw new IdentityProblem.UsernameTaken();
        }
    }

    private @Nullable AccountHolder holder(Registration registration, FieldChecks checks) {
        var kind = registration.kind() == null
                ? "NATURAL_PERSON"
                : registration.kind().strip().toUpperCase(Locale.ROOT);
        var name = checks.required("name", registration.name(), 100);
        var mobile = checks.parse(
                "mobile",
                registration.mobile(),
                MobileNumber::parse,
                text -> MobileNumber.isValid(text) ? Optional.empty() : Optional.of("identity.field.mobile.invalid"));
        switch (kind) {
            case "NATURAL_PERSON" -> {
                LocalDate today = LocalDate.now(clock);
                var idNumber = checks.parse(
                        "idNumber",
                        registration.idNumber(),
                        text -> ResidentIdNumber.parse(text, today),
                        text -> ResidentIdNumber.problemWith(text, today)
                                .map(problem -> "identity.field.idNumber." + problem));
                var email = checks.optional("email", registration.email(), 254);
                if (email != null && !EMAIL.matcher(email).matches()) {
                    checks.reject("email", "identity.field.email.invalid");
                }
                if (name == null || idNumber == null || mobile == null) {
                    return null;
                }
                return new AccountHolder.NaturalPerson(name, idNumber, mobile, email);
            }
            case "LEGAL_PERSON" -> {
                var creditCode = checks.parse(
                        "creditCode",
                        registration.creditCode(),
                        UnifiedSocialCreditCode::parse,
                        text -> UnifiedSocialCreditCode.problemWith(text)
                                .map(problem -> "identity.field.creditCode." + problem));
                var representative = checks.required("legalRepresentative", registration.legalRepresentative(), 100);
                if (name == null || creditCode == null || representative == null || mobile == null) {
                    return null;
                }
                return new AccountHolder.LegalPerson(name, creditCode, representative, mobile);
            }
            default -> {
                checks.reject("kind", "identity.field.kind.invalid");
                return null;
            }
        }
    }

    private static Language language(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Language.DEFAULT;
        }
        return Language.of(Locale.forLanguageTag(tag.strip())).orElse(Language.DEFAULT);
    }
}
