package org.smartcourt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.json;
import static org.smartcourt.identity.IdentityFixtures.residentId;
import static org.smartcourt.identity.IdentityFixtures.totp;
import static org.smartcourt.identity.IdentityFixtures.username;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.audit.AuditChain;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.identity.application.GrantRequest;
import org.smartcourt.identity.application.Registration;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@CourtIntegrationTest
class LoginApiIT {

    @LocalServerPort
    int port;

    @Autowired
    CreateAccount createAccount;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChain auditChain;

    private IdentityFixtures api;

    @BeforeEach
    void setUp() {
        api = new IdentityFixtures(port);
    }

    private CreateAccount.Created clerkAt(String court) {
        var registration = new Registration(
                "NATURAL_PERSON",
                username("clerk"),
                PASSWORD,
                "书记员",
                residentId(),
                null,
                null,
                "13700000000",
                null,
                null);
        return createAccount.create("system", registration, List.of(new GrantRequest("CLERK", court, null, null)));
    }

    @Test
    void staffWithoutAOneTimeCodeAreAskedForIt() throws Exception {
        var clerk = clerkAt("鲁0102");

        var response = api.login(clerk.username(), PASSWORD, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/totp-required");
    }

    @Test
    void staffWithAWrongOneTimeCodeAreRefused() throws Exception {
        var clerk = clerkAt("鲁0102");
        var right = totp(clerk.totpSecret());
        var wrong = right.equals("000000") ? "111111" : "000000";

        var response = api.login(clerk.username(), PASSWORD, wrong);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/totp-invalid");
    }

    @Test
    void staffWithPasswordAndOneTimeCodeGetATokenThatReachesStaffEndpoints() throws Exception {
        var clerk = clerkAt("鲁0103");

        var login = api.login(clerk.username(), PASSWORD, totp(clerk.totpSecret()));
        var court = api.get("/api/v1/staff/court", "Authorization", "Bearer " + IdentityFixtures.token(login));

        assertThat(court.statusCode()).isEqualTo(200);
        assertThat(json(court).get(0).get("court").asString()).isEqualTo("鲁0103");
        assertThat(json(court).get(0).get("myRoles").get(0).asString()).isEqualTo("CLERK");
    }

    @Test
    void aOneTimeCodeCannotBeUsedTwice() throws Exception {
        var clerk = clerkAt("鲁0102");
        var code = totp(clerk.totpSecret());
        assertThat(api.login(clerk.username(), PASSWORD, code).statusCode()).isEqualTo(200);

        var replay = api.login(clerk.username(), PASSWORD, code);

        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(json(replay).get("type").asString()).isEqualTo("/problems/totp-invalid");
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        var token = api.registeredLitigantToken();
        assertThat(token).isNotBlank();
        var known = username("known");
        api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(known, residentId()));

        var wrongPassword = api.login(known, "not-the-password", null);
        var unknownUser = api.login(username("nobody"), "not-the-password", null);

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(json(unknownUser).get("type")).isEqualTo(json(wrongPassword).get("type"));
        assertThat(json(unknownUser).get("detail"))
                .isEqualTo(json(wrongPassword).get("detail"));
        assertThat(json(wrongPassword).get("type").asString()).isEqualTo("/problems/bad-credentials");
    }

    @Test
    void theFourthQuickAttemptAfterThreeWrongPasswordsMustWait() throws Exception {
        var username = username("guessed");
        api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(username, residentId()));
        for (var attempt = 0; attempt < 3; attempt++) {
            assertThat(api.login(username, "wrong-password-" + attempt, null).statusCode())
                    .isEqualTo(401);
        }

        var fourth = api.login(username, PASSWORD, null);

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(fourth).get("type").asString()).isEqualTo("/problems/login-throttled");
        assertThat(json(fourth).get("detail").asString()).isEqualTo("请等待 1 秒后再试。");
    }

    @Test
    void signInsAndFailuresGoToTheHashChainedAuditLogWithoutSecrets() throws Exception {
        var username = username("audited");
        api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(username, residentId()));
        api.login(username, "wrong-password-1", null);
        api.login(username, PASSWORD, null);

        var entries = jdbc.sql("select action, outcome, actor, details from audit_entry where subject = ? order by seq")
                .param("account:" + username)
                .query((row, number) -> row.getString("action") + " " + row.getString("outcome") + " "
                        + row.getString("actor") + " " + row.getString("details"))
                .list();

        assertThat(entries).hasSize(4);
        assertThat(entries.get(0)).startsWith("identity.registered SUCCESS " + username);
        assertThat(entries.get(1))
                .startsWith("identity.role.granted SUCCESS " + username)
                .contains("LITIGANT");
        assertThat(entries.get(2))
                .startsWith("identity.login.failed FAILURE " + username)
                .contains("bad-password");
        assertThat(entries.get(3))
                .startsWith("identity.login SUCCESS " + username)
                .contains("api");
        assertThat(String.join(" ", entries)).doesNotContain(PASSWORD, "wrong-password-1");
        assertThat(auditChain.verify().intact()).isTrue();
    }
}
