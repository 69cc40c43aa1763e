package org.smartcourt.identity.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.application.AccountSummary;

/** The JSON bodies the identity API answers with. */
final class ApiResponses {

    private ApiResponses() {}

    record Token(String accessToken, String tokenType, long expiresIn) {}

    record RoleView(String role, @Nullable String court) {}

    record Me(
            String username,
            String kind,
            String name,
            boolean verified,
            List<RoleView> roles,
            String language,
            @Nullable String licenceNumber,
            @Nullable String lawFirm) {

        static Me of(AccountSummary account) {
            return new Me(
                    account.username(),
                    account.kind().name(),
                    account.name(),
                    account.verified(),
                    ApiResponses.roles(account),
                    account.language().tag(),
                    account.licenceNumber(),
                    account.lawFirm());
        }
    }

    record Registered(String username) {}

    record Created(String username, @Nullable String totpSecret) {}

    record Roles(
            String username, List<RoleView> roles, @Nullable String totpSecret) {}

    static List<RoleView> roles(AccountSummary account) {
        return account.grants().stream()
                .map(grant -> new RoleView(
                        grant.role().name(),
                        grant.court() == null ? null : grant.court().value()))
                .toList();
    }
}
