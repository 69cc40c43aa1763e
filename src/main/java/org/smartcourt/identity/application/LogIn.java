package org.smartcourt.identity.application;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Account;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.identity.domain.LoginThrottle;
import org.smartcourt.identity.domain.Totp;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a person in with username and password, and for staff a one-time code, on the web or the API. Unknown
 * usernames cost the same password hashing and give the same answer as wrong passwords. Failures are counted per
 * account, slowed down and finally locked out by the {@link LoginThrottle}.
 */
@Component
public class LogIn {

    /** The outcome of a password check. */
    public sealed interface Outcome {}

    /** The password was right and the account needs no one-time code, or it was given and right. */
    public record Complete(SignedIn signedIn) implements Outcome {}

    /** The password was right; a one-time code must follow (web sign-in only). */
    public record SecondFactorPending(Username username) implements Outcome {}

    /** What was typed on the sign-in form or sent to the API. */
    public record Credentials(
            String username, String password, @Nullable String totp) {}

    /** Where the attempt came from, for the audit log. */
    public record Origin(Channel channel, @Nullable String ip) {}

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final TotpSecrets totpSecrets;
    private final SecurityEvents events;
    private final Clock clock;
    private final UnknownAccountAttempts unknown;
    private final String dummyHash;

    @SuppressWarnings("checkstyle:ParameterNumber")
    LogIn(
            Accounts accounts,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            TotpSecrets totpSecrets,
            SecurityEvents events,
            Clock clock,
            UnknownAccountAttempts unknown) {
        this.unknown = unknown;
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.totpSecrets = totpSecrets;
        this.events = events;
        this.clock = clock;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * Checks the credentials. With {@code deferSecondFactor}, a staff account without a code is answered with
     * {@link SecondFactorPending}; without it, that is {@link IdentityProblem.TotpRequired}.
     */
    @Transactional(noRollbackFor = IdentityProblem.class)
    public Outcome signIn(Credentials credentials, Origin origin, boolean deferSecondFactor) {
        if (!Username.isValid(credentials.username())) {
            throw noSuchAccount(credentials.username(), credentials.password(), origin);
        }
        var username = Username.parse(credentials.username());
        var found = accounts.byUsernameForUpdate(username);
        if (found.isEmpty()) {
            throw noSuchAccount(username.value(), credentials.password(), origin);
        }
        var account = found.get();
        admit(account, origin);
        if (!passwords.matches(credentials.password(), account.passwordHash())) {
            fail(account, origin, "identity.login.failed", "bad-password");
            throw new IdentityProblem.BadCredentials();
        }
        if (!account.requiresSecondFactor()) {
            return new Complete(succeed(account, origin));
        }
        var code = credentials.totp();
        if (code == null || code.isBlank()) {
            if (deferSecondFactor) {
                return new SecondFactorPending(username);
            }
            refuse(username.value(), username.value(), "identity.login.failed", origin, "totp-required");
            throw new IdentityProblem.TotpRequired();
        }
        return new Complete(checkSecondFactor(account, code.strip(), origin));
    }

    /** The second step of a web sign-in, after {@link SecondFactorPending}. */
    @Transactional(noRollbackFor = IdentityProblem.class)
    public SignedIn completeSecondFactor(Username username, String code, Origin origin) {
        var account = accounts.byUsernameForUpdate(username).orElseThrow(IdentityProblem.BadCredentials::new);
        admit(account, origin);
        return checkSecondFactor(account, code.strip(), origin);
    }

    private SignedIn checkSecondFactor(Account account, String code, Origin origin) {
        var sealed = account.sealedTotpSecret();
        var step = sealed == null
                ? java.util.OptionalLong.empty()
                : Totp.verify(totpSecrets.unseal(sealed), code, clock.instant(), account.lastTotpStep());
        if (step.isEmpty()) {
            fail(account, origin, "identity.totp.failed", sealed == null ? "no-totp-secret" : "totp-invalid");
            throw new IdentityProblem.TotpInvalid();
        }
        account.usedTotpStep(step.getAsLong());
        return succeed(account, origin);
    }

    /**
     * Answers exactly as for a real account with a wrong password: same hashing work, same throttle and lock-out
     * (counted in memory under the username), same problem.
     */
    private IdentityProblem noSuchAccount(String username, String password, Origin origin) {
        var key = username.strip().toLowerCase(java.util.Locale.ROOT);
        var now = clock.instant();
        var attempts = unknown.of(key);
        var decision = throttle.decide(attempts, now);
        if (decision instanceof LoginThrottle.Decision.Locked locked) {
            refuse("anonymous", key, "identity.login.failed", origin, "unknown-account");
            return new IdentityProblem.AccountLocked(locked.until(), now);
        }
        if (decision instanceof LoginThrottle.Decision.Wait wait) {
            refuse("anonymous", key, "identity.login.failed", origin, "unknown-account");
            return new IdentityProblem.LoginThrottled(wait.retryAfter());
        }
        passwords.matches(password, dummyHash);
        var after = throttle.afterFailure(attempts, now);
        unknown.update(key, after);
        refuse("anonymous", key, "identity.login.failed", origin, "unknown-account");
        if (throttle.locksNow(attempts, after)) {
            return new IdentityProblem.AccountLocked(after.lockedUntil(), now);
        }
        return new IdentityProblem.BadCredentials();
    }

    /** Refuses the attempt outright while the account is locked or must wait. */
    private void admit(Account account, Origin origin) {
        var now = clock.instant();
        var name = account.username().value();
        var decision = throttle.decide(account.attempts(), now);
        if (decision instanceof LoginThrottle.Decision.Locked locked) {
            refuse(name, name, "identity.login.failed", origin, "locked");
            throw new IdentityProblem.AccountLocked(locked.until(), now);
        }
        if (decision instanceof LoginThrottle.Decision.Wait wait) {
            refuse(name, name, "identity.login.failed", origin, "throttled");
            throw new IdentityProblem.LoginThrottled(wait.retryAfter());
        }
    }

    private void fail(Account account, Origin origin, String action, String reason) {
        var now = clock.instant();
        var before = account.attempts();
        account.failedLogin(throttle, now);
        accounts.save(account);
        var name = account.username().value();
        refuse(name, name, action, origin, reason);
        if (throttle.locksNow(before, account.attempts())) {
            var details = details(origin, "too-many-failures");
            details.put("until", String.valueOf(account.attempts().lockedUntil()));
            events.record("system", "identity.lockout", subject(name), SecurityEvents.Outcome.SUCCESS, details);
            throw new IdentityProblem.AccountLocked(account.attempts().lockedUntil(), now);
        }
    }

    private SignedIn succeed(Account account, Origin origin) {
        account.succeededLogin(throttle);
        accounts.save(account);
        var name = account.username().value();
        events.record(name, "identity.login", subject(name), SecurityEvents.Outcome.SUCCESS, details(origin, null));
        return new SignedIn(account.username(), account.grants());
    }

    private void refuse(String actor, String username, String action, Origin origin, String reason) {
        events.record(actor, action, subject(username), SecurityEvents.Outcome.FAILURE, details(origin, reason));
    }

    private static String subject(String username) {
        return "account:" + (username.length() > 64 ? username.substring(0, 64) : username);
    }

    private static Map<String, String> details(Origin origin, @Nullable String reason) {
        var details = new HashMap<String, String>();
        details.put("channel", origin.channel().tag());
        if (origin.ip() != null) {
            details.put("ip", origin.ip());
        }
        if (reason != null) {
            details.put("reason", reason);
        }
        return details;
    }
}
