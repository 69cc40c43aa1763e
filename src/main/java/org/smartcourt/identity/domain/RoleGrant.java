package org.smartcourt.identity.domain;

import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.Role;
import org.smartcourt.shared.CourtCode;

/** A role held by an account; court staff roles name the court, the others do not. */
public record RoleGrant(Role role, @Nullable CourtCode court) {

    public RoleGrant {
        if (role.isCourtStaff() && court == null) {
            throw new IllegalArgumentException(role + " is held at a court");
        }
        if (!role.isCourtStaff() && court != null) {
            throw new IllegalArgumentException(role + " is not held at a court");
        }
    }

    public static RoleGrant platformWide(Role role) {
        return new RoleGrant(role, null);
    }

    public static RoleGrant at(Role role, CourtCode court) {
        return new RoleGrant(role, court);
    }
}
