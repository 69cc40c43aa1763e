package org.smartcourt.identity;

/**
 * What an account may do on the platform. Court staff roles are held at a court; the others are held platform-wide.
 */
public enum Role {
    LITIGANT(false),
    LAWYER(false),
    CLERK(true),
    JUDGE(true),
    PRESIDENT(true),
    FINANCE(true),
    MEDIATOR(false),
    ADMIN(false);

    private final boolean courtStaff;

    Role(boolean courtStaff) {
        this.courtStaff = courtStaff;
    }

    /** Clerks, judges, presidents and finance officers: each grant names the court it is held at. */
    public boolean isCourtStaff() {
        return courtStaff;
    }

    /** Court staff and administrators must sign in with a one-time code as well as a password. */
    public boolean requiresSecondFactor() {
        return courtStaff || this == ADMIN;
    }

    /** The Spring Security authority, {@code ROLE_<NAME>}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
