package org.smartcourt.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smartcourt.shared.CourtCode;

/** Who holds which staff role at which court, for the modules that check court scope (the docket, fees…). */
public interface CourtStaffDirectory {

    /** Whether the account holds at least one of these roles at this court; false for an unknown username. */
    boolean holdsRoleAt(String username, CourtCode court, Set<Role> roles);

    /** The usernames holding this role at this court, sorted. */
    List<String> holdersOf(CourtCode court, Role role);

    /** The courts where the account holds at least one of these roles, sorted by code; empty for an unknown user. */
    List<CourtCode> courtsWhere(String username, Set<Role> roles);

    /** The name of a staff member as printed on court documents; empty for anyone who holds no court-staff role. */
    Optional<String> staffName(String username);
}
