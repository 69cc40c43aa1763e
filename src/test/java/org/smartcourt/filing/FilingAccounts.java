package org.smartcourt.filing;

import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.json;
import static org.smartcourt.identity.IdentityFixtures.token;
import static org.smartcourt.identity.IdentityFixtures.totp;
import static org.smartcourt.identity.IdentityFixtures.username;

import java.util.List;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.identity.application.GrantRequest;
import org.smartcourt.identity.application.Registration;

/**
 * Accounts for the filing tests. Real-name verification needs an identity of the built-in synthetic registry, and an
 * identity can hold one account only, so each verified account below is opened once per test JVM and shared: 杨帆
 * (litigant) and 林晓 (lawyer) are used by no other test.
 */
public final class FilingAccounts {

    /** A signed-in account: its username and bearer token. */
    public record Signed(String username, String token) {

        public String bearer() {
            return "Bearer " + token;
        }
    }

    private static Signed litigant;
    private static Signed lawyer;

    private final IdentityFixtures http;
    private final CreateAccount createAccount;

    public FilingAccounts(int port, CreateAccount createAccount) {
        this.http = new IdentityFixtures(port);
        this.createAccount = createAccount;
    }

    /** The verified litigant 杨帆. */
    public synchronized Signed verifiedLitigant() throws Exception {
        if (litigant == null) {
            var name = username("filer");
            var registered = http.post("/api/v1/accounts", """
                    {"kind":"NATURAL_PERSON","username":"%s","password":"%s","name":"杨帆",\
                    "idNumber":"370102199005200056","mobile":"13900000011"}""".formatted(name, PASSWORD));
            if (registered.statusCode() != 201) {
                throw new IllegalStateException(registered.body());
            }
            litigant = verify(new Signed(name, token(http.login(name, PASSWORD, null))), "杨帆", "370102199005200056");
        }
        return litigant;
    }

    /** The verified lawyer 林晓, with a practising licence. */
    public synchronized Signed verifiedLawyer() throws Exception {
        if (lawyer == null) {
            var name = username("lawyer");
            createAccount.create(
                    "system",
                    new Registration(
                            "NATURAL_PERSON",
                            name,
                            PASSWORD,
                            "林晓",
                            "370102196808080066",
                            null,
                            null,
                            "13900000012",
                            null,
                            null),
                    List.of(new GrantRequest("LAWYER", null, "13701201810000001", "山东示例律师事务所")));
            lawyer = verify(new Signed(name, token(http.login(name, PASSWORD, null))), "林晓", "370102196808080066");
        }
        return lawyer;
    }

    /** A new litigant who has not verified their real name. */
    public Signed unverifiedLitigant() throws Exception {
        var name = username("person");
        var registered =
                http.post("/api/v1/accounts", IdentityFixtures.naturalPerson(name, IdentityFixtures.residentId()));
        if (registered.statusCode() != 201) {
            throw new IllegalStateException(registered.body());
        }
        return new Signed(name, token(http.login(name, PASSWORD, null)));
    }

    /** A new clerk at the court, signed in with password and one-time code. */
    public Signed clerkAt(String court) throws Exception {
        var clerk = createAccount.create(
                "system",
                new Registration(
                        "NATURAL_PERSON",
                        username("clerk"),
                        PASSWORD,
                        "立案员",
                        IdentityFixtures.residentId(),
                        null,
                        null,
                        "13700000000",
                        null,
                        null),
                List.of(new GrantRequest("CLERK", court, null, null)));
        return new Signed(clerk.username(), token(http.login(clerk.username(), PASSWORD, totp(clerk.totpSecret()))));
    }

    private Signed verify(Signed account, String name, String idNumber) throws Exception {
        var verified = http.post(
                "/api/v1/me/verification",
                "{\"name\":\"%s\",\"idNumber\":\"%s\"}".formatted(name, idNumber),
                "Authorization",
                account.bearer());
        if (verified.statusCode() != 200 || !json(verified).get("verified").asBoolean()) {
            throw new IllegalStateException(verified.statusCode() + " " + verified.body());
        }
        return account;
    }
}
