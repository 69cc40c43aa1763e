package org.smartcourt.docket.domain;

import java.util.List;
import java.util.Optional;
import org.smartcourt.shared.CourtCode;

/** Who works at which court: the port to the identity module's staff directory. */
public interface CourtStaff {

    /** Whether the user holds at least one of these roles at this court. */
    boolean isStaffOf(String username, CourtCode court, StaffRole... roles);

    /** The usernames of the judges eligible for assignment at this court, in a stable order. */
    List<String> judgesOf(CourtCode court);

    /** The staff member's name as printed on court documents; empty for someone who is not court staff. */
    Optional<String> publicNameOf(String username);
}
