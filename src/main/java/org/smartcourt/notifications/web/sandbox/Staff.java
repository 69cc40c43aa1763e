package org.smartcourt.notifications.web.sandbox;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who may read every message a sandbox took: court staff and administrators. */
final class Staff {

    private static final Set<String> ROLES =
            Set.of("ROLE_CLERK", "ROLE_JUDGE", "ROLE_PRESIDENT", "ROLE_FINANCE", "ROLE_ADMIN");

    private Staff() {}

    static boolean isStaff(Authentication caller) {
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(ROLES::contains);
    }
}
