package org.smartcourt.docket;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smartcourt.docket.domain.CourtStaff;
import org.smartcourt.docket.domain.StaffRole;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/**
 * Court staff held in memory, for tests until the identity module's staff directory backs the {@link CourtStaff}
 * port. Tests grant roles to unique usernames, so they do not see each other's staff.
 */
@Component
public class InMemoryCourtStaff implements CourtStaff {

    private record Grant(String username, CourtCode court, StaffRole role) {}

    private final Set<Grant> grants = ConcurrentHashMap.newKeySet();
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public InMemoryCourtStaff grant(String username, CourtCode court, StaffRole role, String publicName) {
        grants.add(new Grant(username, court, role));
        names.put(username, publicName);
        return this;
    }

    @Override
    public boolean isStaffOf(String username, CourtCode court, StaffRole... roles) {
        return Arrays.stream(roles).anyMatch(role -> grants.contains(new Grant(username, court, role)));
    }

    @Override
    public List<String> judgesOf(CourtCode court) {
        return grants.stream()
                .filter(grant -> grant.court().equals(court) && grant.role() == StaffRole.JUDGE)
                .map(Grant::username)
                .sorted()
                .toList();
    }

    @Override
    public Optional<String> publicNameOf(String username) {
        return Optional.ofNullable(names.get(username));
    }
}
