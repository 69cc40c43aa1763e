package org.smartcourt.docket.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.smartcourt.docket.domain.CourtStaff;
import org.smartcourt.docket.domain.StaffRole;
import org.smartcourt.identity.CourtStaffDirectory;
import org.smartcourt.identity.Role;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/** Court staff as the identity module knows them: accounts with roles granted at a court. */
@Component
class IdentityCourtStaff implements CourtStaff {

    private final CourtStaffDirectory directory;

    IdentityCourtStaff(CourtStaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean isStaffOf(String username, CourtCode court, StaffRole... roles) {
        var wanted = Arrays.stream(roles).map(IdentityCourtStaff::role).collect(Collectors.toSet());
        return !wanted.isEmpty() && directory.holdsRoleAt(username, court, wanted);
    }

    @Override
    public List<String> judgesOf(CourtCode court) {
        return directory.holdersOf(court, Role.JUDGE);
    }

    @Override
    public Optional<String> publicNameOf(String username) {
        return directory.staffName(username);
    }

    private static Role role(StaffRole role) {
        return switch (role) {
            case CLERK -> Role.CLERK;
            case JUDGE -> Role.JUDGE;
            case PRESIDENT -> Role.PRESIDENT;
        };
    }
}
