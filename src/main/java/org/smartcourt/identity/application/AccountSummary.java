package org.smartcourt.identity.application;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.domain.Account;
import org.smartcourt.identity.domain.AccountHolder;
import org.smartcourt.identity.domain.AccountKind;
import org.smartcourt.identity.domain.RoleGrant;
import org.smartcourt.shared.Language;

/** What an account holder may see of their own account; identity numbers and mobiles are masked. */
public record AccountSummary(
        String username,
        AccountKind kind,
        String name,
        String maskedIdentityNumber,
        String maskedMobile,
        @Nullable String email,
        @Nullable String legalRepresentative,
        @Nullable String licenceNumber,
        @Nullable String lawFirm,
        @Nullable Instant verifiedAt,
        @Nullable String verificationMethod,
        List<RoleGrant> grants,
        Language language,
        boolean secondFactor) {

    public boolean verified() {
        return verifiedAt != null;
    }

    static AccountSummary of(Account account) {
        var holder = account.holder();
        var maskedNumber = holder instanceof AccountHolder.NaturalPerson person
                ? person.idNumber().masked()
                : holder.identityNumber();
        var practice = account.practice();
        var verification = account.verification();
        var grants = account.grants().stream()
                .sorted(java.util.Comparator.comparing(RoleGrant::role)
                        .thenComparing(grant -> String.valueOf(grant.court())))
                .toList();
        return new AccountSummary(
                account.username().value(),
                holder.kind(),
                holder.name(),
                maskedNumber,
                holder.mobile().masked(),
                holder instanceof AccountHolder.NaturalPerson person ? person.email() : null,
                holder instanceof AccountHolder.LegalPerson organisation ? organisation.legalRepresentative() : null,
                practice == null ? null : practice.licenceNumber().value(),
                practice == null ? null : practice.lawFirm(),
                verification == null ? null : verification.verifiedAt(),
                verification == null ? null : verification.method(),
                grants,
                account.language(),
                account.requiresSecondFactor());
    }
}
