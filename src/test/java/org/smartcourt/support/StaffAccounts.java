package org.smartcourt.support;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.identity.application.GrantRequest;
import org.smartcourt.identity.application.Registration;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/**
 * Opens real staff accounts with a role at a court, as an administrator would, each with a unique username; every
 * test that needs a clerk, judge or administrator takes it from here.
 */
@Component
public class StaffAccounts {

    private final CreateAccount createAccount;

    StaffAccounts(CreateAccount createAccount) {
        this.createAccount = createAccount;
    }

    /** A new account holding the role at the court; its TOTP secret lets HTTP tests sign in. */
    public CreateAccount.Created open(String role, CourtCode court, String name) {
        return open(role, court.value(), name);
    }

    /** A new platform administrator, who holds no court. */
    public CreateAccount.Created administrator() {
        return open("ADMIN", (String) null, "管理员");
    }

    private CreateAccount.Created open(String role, @Nullable String court, String name) {
        var registration = new Registration(
                "NATURAL_PERSON",
                IdentityFixtures.username(role.toLowerCase(java.util.Locale.ROOT)),
                IdentityFixtures.PASSWORD,
                name,
                IdentityFixtures.residentId(),
                null,
                null,
                "13700000000",
                null,
                null);
        return createAccount.create("system", registration, List.of(new GrantRequest(role, court, null, null)));
    }

    public String clerkAt(CourtCode court, String name) {
        return open("CLERK", court, name).username();
    }

    public String judgeAt(CourtCode court, String name) {
        return open("JUDGE", court, name).username();
    }
}
