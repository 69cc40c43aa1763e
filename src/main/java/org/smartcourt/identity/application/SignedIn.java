package org.smartcourt.identity.application;

import java.util.List;
import java.util.Set;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.RoleGrant;

/** Who has just signed in, and with which role grants. */
public record SignedIn(Username username, Set<RoleGrant> grants) {

    public List<String> authorities() {
        return grants.stream()
                .map(grant -> grant.role().authority())
                .distinct()
                .sorted()
                .toList();
    }

    public List<Role> roles() {
        return grants.stream().map(RoleGrant::role).distinct().sorted().toList();
    }

    public List<String> courts() {
        return grants.stream()
                .filter(grant -> grant.court() != null)
                .map(grant -> String.valueOf(grant.court()))
                .distinct()
                .sorted()
                .toList();
    }
}
