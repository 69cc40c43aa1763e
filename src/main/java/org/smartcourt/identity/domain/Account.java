package org.smartcourt.identity.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.Username;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.shared.Language;

/** A person's or organisation's account on the platform, with its roles, verification and sign-in state. */
public final class Account {

    private final UUID id;
    private final Username username;
    private String passwordHash;
    private final AccountHolder holder;
    private Language language;
    private @Nullable LawyerPractice practice;
    private @Nullable Verification verification;
    private final Set<RoleGrant> grants;
    private LoginAttempts attempts;
    private @Nullable String sealedTotpSecret;
    private @Nullable Long lastTotpStep;
    private final Instant createdAt;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public Account(
            UUID id,
            Username username,
            String passwordHash,
            AccountHolder holder,
            Language language,
            @Nullable LawyerPractice practice,
            @Nullable Verification verification,
            Set<RoleGrant> grants,
            LoginAttempts attempts,
            @Nullable String sealedTotpSecret,
            @Nullable Long lastTotpStep,
            Instant createdAt) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.holder = holder;
        this.language = language;
        this.practice = practice;
        this.verification = verification;
        this.grants = new LinkedHashSet<>(grants);
        this.attempts = attempts;
        this.sealedTotpSecret = sealedTotpSecret;
        this.lastTotpStep = lastTotpStep;
        this.createdAt = createdAt;
    }

    /** A new account with no roles yet. */
    public static Account open(
            Username username, String passwordHash, AccountHolder holder, Language language, Instant now) {
        return new Account(
                UUID.randomUUID(),
                username,
                passwordHash,
                holder,
                language,
                null,
                null,
                Set.of(),
                LoginAttempts.NONE,
                null,
                null,
                now);
    }

    /** Adds the grant; false if the account already had it. */
    public boolean grant(RoleGrant grant) {
        if (grant.role() == Role.LAWYER && practice == null) {
            throw new IllegalStateException("A lawyer needs a licence number and a law firm");
        }
        if (grant.role() == Role.LAWYER && holder.kind() != AccountKind.NATURAL_PERSON) {
            throw new IllegalStateException("Only a natural person can be a lawyer");
        }
        return grants.add(grant);
    }

    /** Removes the grant; false if the account did not have it. */
    public boolean revoke(RoleGrant grant) {
        return grants.remove(grant);
    }

    public void practiseAsLawyer(LawyerPractice practice) {
        this.practice = practice;
    }

    public boolean requiresSecondFactor() {
        return grants.stream().anyMatch(grant -> grant.role().requiresSecondFactor());
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    /** The distinct roles, in the order of the {@link Role} enum. */
    public List<Role> roles() {
        return grants.stream().map(RoleGrant::role).distinct().sorted().toList();
    }

    /** The courts at which the account holds a staff role. */
    public List<CourtCode> courts() {
        return grants.stream()
                .map(RoleGrant::court)
                .filter(court -> court != null)
                .distinct()
                .map(court -> (CourtCode) court)
                .toList();
    }

    public void verified(Verification verification) {
        this.verification = verification;
    }

    public void failedLogin(LoginThrottle throttle, Instant now) {
        attempts = throttle.afterFailure(attempts, now);
    }

    public void succeededLogin(LoginThrottle throttle) {
        attempts = throttle.afterSuccess();
    }

    public void setUpSecondFactor(String sealedTotpSecret) {
        this.sealedTotpSecret = sealedTotpSecret;
        this.lastTotpStep = null;
    }

    /** Remembers the time step of an accepted one-time code, so that the same code cannot be used twice. */
    public void usedTotpStep(long step) {
        this.lastTotpStep = step;
    }

    public void changeLanguage(Language language) {
        this.language = language;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountHolder holder() {
        return holder;
    }

    public Language language() {
        return language;
    }

    public @Nullable LawyerPractice practice() {
        return practice;
    }

    public @Nullable Verification verification() {
        return verification;
    }

    public boolean isVerified() {
        return verification != null;
    }

    public Set<RoleGrant> grants() {
        return Set.copyOf(grants);
    }

    public LoginAttempts attempts() {
        return attempts;
    }

    public @Nullable String sealedTotpSecret() {
        return sealedTotpSecret;
    }

    public @Nullable Long lastTotpStep() {
        return lastTotpStep;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
