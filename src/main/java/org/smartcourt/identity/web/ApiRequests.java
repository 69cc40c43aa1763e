package org.smartcourt.identity.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.application.GrantRequest;
import org.smartcourt.identity.application.IdentityProblem;
import org.smartcourt.identity.application.Registration;

/** The JSON bodies the identity API accepts; fields it does not know are refused rather than ignored. */
final class ApiRequests {

    private ApiRequests() {}

    static void refuseUnknown(@Nullable Map<String, Object> unknown) {
        if (unknown != null && !unknown.isEmpty()) {
            throw IdentityProblem.unknownFields(unknown.keySet());
        }
    }

    record Login(
            @Nullable String username,
            @Nullable String password,
            @Nullable String totp,
            @JsonAnySetter @Nullable Map<String, Object> unknown) {}

    record Register(
            @Nullable String kind,
            @Nullable String username,
            @Nullable String password,
            @Nullable String name,
            @Nullable String idNumber,
            @Nullable String creditCode,
            @Nullable String legalRepresentative,
            @Nullable String mobile,
            @Nullable String email,
            @Nullable String language,
            @JsonAnySetter @Nullable Map<String, Object> unknown) {

        Registration registration() {
            refuseUnknown(unknown);
            return new Registration(
                    kind, username, password, name, idNumber, creditCode, legalRepresentative, mobile, email, language);
        }
    }

    record Grant(
            @Nullable String role,
            @Nullable String court,
            @Nullable String licenceNumber,
            @Nullable String lawFirm,
            @JsonAnySetter @Nullable Map<String, Object> unknown) {

        GrantRequest request() {
            refuseUnknown(unknown);
            return new GrantRequest(role, court, licenceNumber, lawFirm);
        }
    }

    record CreateAccount(
            @Nullable String kind,
            @Nullable String username,
            @Nullable String password,
            @Nullable String name,
            @Nullable String idNumber,
            @Nullable String creditCode,
            @Nullable String legalRepresentative,
            @Nullable String mobile,
            @Nullable String email,
            @Nullable String language,
            @Nullable List<Grant> roles,
            @JsonAnySetter @Nullable Map<String, Object> unknown) {

        Registration registration() {
            refuseUnknown(unknown);
            return new Registration(
                    kind, username, password, name, idNumber, creditCode, legalRepresentative, mobile, email, language);
        }

        List<GrantRequest> grants() {
            return roles == null
                    ? List.of()
                    : roles.stream().map(Grant::request).toList();
        }
    }

    record Verify(
            @Nullable String name,
            @Nullable String idNumber,
            @Nullable String creditCode,
            @Nullable String legalRepresentative,
            @JsonAnySetter @Nullable Map<String, Object> unknown) {}
}
