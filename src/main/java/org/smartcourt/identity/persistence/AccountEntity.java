package org.smartcourt.identity.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.LawyerLicenceNumber;
import org.smartcourt.identity.MobileNumber;
import org.smartcourt.identity.ResidentIdNumber;
import org.smartcourt.identity.UnifiedSocialCreditCode;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Account;
import org.smartcourt.identity.domain.AccountHolder;
import org.smartcourt.identity.domain.AccountKind;
import org.smartcourt.identity.domain.LawyerPractice;
import org.smartcourt.identity.domain.LoginAttempts;
import org.smartcourt.identity.domain.RoleGrant;
import org.smartcourt.identity.domain.Verification;
import org.smartcourt.shared.Language;

@Entity
@Table(name = "identity_account")
class AccountEntity {

    @Id
    private UUID id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private AccountKind kind;

    private String name;

    @Column(name = "identity_number")
    private String identityNumber;

    private String mobile;
    private @Nullable String email;

    @Column(name = "legal_representative")
    private @Nullable String legalRepresentative;

    private String language;

    @Column(name = "licence_number")
    private @Nullable String licenceNumber;

    @Column(name = "law_firm")
    private @Nullable String lawFirm;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    @Column(name = "verification_method")
    private @Nullable String verificationMethod;

    @Column(name = "totp_secret")
    private @Nullable String totpSecret;

    @Column(name = "totp_last_step")
    private @Nullable Long totpLastStep;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "last_failed_login_at")
    private @Nullable Instant lastFailedLoginAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id", nullable = false)
    private List<RoleGrantEntity> grants = new ArrayList<>();

    @SuppressWarnings("NullAway")
    protected AccountEntity() {}

    @SuppressWarnings("NullAway")
    AccountEntity(Account account) {
        this.id = account.id();
        this.createdAt = account.createdAt();
        this.username = account.username().value();
        this.kind = account.holder().kind();
        this.identityNumber = account.holder().identityNumber();
        copyFrom(account);
    }

    UUID id() {
        return id;
    }

    /** Copies everything that can change after an account is opened. */
    void copyFrom(Account account) {
        var holder = account.holder();
        name = holder.name();
        mobile = holder.mobile().value();
        if (holder instanceof AccountHolder.NaturalPerson person) {
            email = person.email();
            legalRepresentative = null;
        } else if (holder instanceof AccountHolder.LegalPerson organisation) {
            email = null;
            legalRepresentative = organisation.legalRepresentative();
        }
        passwordHash = account.passwordHash();
        language = account.language().tag();
        var practice = account.practice();
        licenceNumber = practice == null ? null : practice.licenceNumber().value();
        lawFirm = practice == null ? null : practice.lawFirm();
        var verification = account.verification();
        verifiedAt = verification == null ? null : verification.verifiedAt();
        verificationMethod = verification == null ? null : verification.method();
        totpSecret = account.sealedTotpSecret();
        totpLastStep = account.lastTotpStep();
        var attempts = account.attempts();
        failedLogins = attempts.consecutiveFailures();
        lastFailedLoginAt = attempts.lastFailureAt();
        lockedUntil = attempts.lockedUntil();
        var wanted = new HashSet<>(account.grants());
        grants.removeIf(grant -> !wanted.remove(grant.toDomain()));
        wanted.forEach(grant -> grants.add(new RoleGrantEntity(grant)));
    }

    Account toDomain() {
        AccountHolder holder = switch (kind) {
            case NATURAL_PERSON ->
                new AccountHolder.NaturalPerson(
                        name, new ResidentIdNumber(identityNumber), new MobileNumber(mobile), email);
            case LEGAL_PERSON ->
                new AccountHolder.LegalPerson(
                        name,
                        new UnifiedSocialCreditCode(identityNumber),
                        legalRepresentative == null ? "" : legalRepresentative,
                        new MobileNumber(mobile));
        };
        var practice = licenceNumber == null || lawFirm == null
                ? null
                : new LawyerPractice(new LawyerLicenceNumber(licenceNumber), lawFirm);
        var verification = verifiedAt == null || verificationMethod == null
                ? null
                : new Verification(verifiedAt, verificationMethod);
        var roleGrants = new HashSet<RoleGrant>();
        grants.forEach(grant -> roleGrants.add(grant.toDomain()));
        return new Account(
                id,
                new Username(username),
                passwordHash,
                holder,
                languageOf(language),
                practice,
                verification,
                roleGrants,
                new LoginAttempts(failedLogins, lastFailedLoginAt, lockedUntil),
                totpSecret,
                totpLastStep,
                createdAt);
    }

    private static Language languageOf(String tag) {
        for (var candidate : Language.values()) {
            if (candidate.tag().equals(tag)) {
                return candidate;
            }
        }
        return Language.DEFAULT;
    }
}
