package org.smartcourt.identity.application;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.LawyerLicenceNumber;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.domain.LawyerPractice;
import org.smartcourt.identity.domain.RoleGrant;
import org.smartcourt.shared.CourtCode;

/** A role to grant or revoke, unchecked: the court for staff roles, the licence and firm for lawyers. */
public record GrantRequest(
        @Nullable String role,
        @Nullable String court,
        @Nullable String licenceNumber,
        @Nullable String lawFirm) {

    @Nullable
    RoleGrant check(String field, FieldChecks checks) {
        Role parsed;
        try {
            parsed = Role.valueOf(String.valueOf(role).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            checks.reject(field + ".role", "identity.field.role.invalid");
            return null;
        }
        if (parsed.isCourtStaff()) {
            if (!CourtCode.isValid(court)) {
                checks.reject(field + ".court", "identity.field.court.required");
                return null;
            }
            return RoleGrant.at(parsed, CourtCode.of(court));
        }
        if (court != null && !court.isBlank()) {
            checks.reject(field + ".court", "identity.field.court.notAllowed");
            return null;
        }
        return RoleGrant.platformWide(parsed);
    }

    @Nullable
    LawyerPractice practice(String field, FieldChecks checks) {
        if (!LawyerLicenceNumber.isValid(licenceNumber)) {
            checks.reject(field + ".licenceNumber", "identity.field.licenceNumber.invalid");
        }
        var firm = checks.required(field + ".lawFirm", lawFirm, 200);
        if (!LawyerLicenceNumber.isValid(licenceNumber) || firm == null) {
            return null;
        }
        return new LawyerPractice(LawyerLicenceNumber.parse(licenceNumber), firm);
    }
}
