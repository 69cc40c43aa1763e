package org.smartcourt.identity.application;

import java.util.List;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.identity.domain.RoleGrant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A staff member's own court assignments and the colleagues who hold roles at the same courts. */
@Component
public class StaffDirectory {

    /** One court of the staff member: their own roles there and everyone holding a role there. */
    public record Court(String court, List<String> myRoles, List<Colleague> colleagues) {}

    /** A colleague's username, name and roles at that court. */
    public record Colleague(String username, String name, List<String> roles) {}

    private final Accounts accounts;

    StaffDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<Court> of(String username) {
        var me = accounts.byUsername(Username.parse(username))
                .orElseThrow(() -> new IdentityProblem.AccountNotFound(username));
        return me.courts().stream()
                .map(court -> new Court(
                        court.value(),
                        rolesAt(me.grants(), court.value()),
                        accounts.staffOf(court).stream()
                                .map(colleague -> new Colleague(
                                        colleague.username().value(),
                                        colleague.holder().name(),
                                        rolesAt(colleague.grants(), court.value())))
                                .toList()))
                .toList();
    }

    private static List<String> rolesAt(java.util.Set<RoleGrant> grants, String court) {
        return grants.stream()
                .filter(grant -> grant.court() != null && grant.court().value().equals(court))
                .map(grant -> grant.role().name())
                .sorted()
                .toList();
    }
}
