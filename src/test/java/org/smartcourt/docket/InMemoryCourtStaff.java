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

/**
 * Court staff held in memory, for unit tests of the policies; integration tests create real staff accounts.
 */
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
