package org.smartcourt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.json;
import static org.smartcourt.identity.IdentityFixtures.residentId;
import static org.smartcourt.identity.IdentityFixtures.totp;
import static org.smartcourt.identity.IdentityFixtures.username;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class AdminApiIT {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Test
    void anAdministratorOpensAJudgeAccountAndChangesItsRoles() throws Exception {
        var api = new IdentityFixtures(port);
        var admin = staff.administrator();
        var token = IdentityFixtures.token(api.login(admin.username(), PASSWORD, totp(admin.totpSecret())));
        var judge = username("judge");

        var created = api.post(
                "/api/v1/admin/accounts",
                """
                {"username":"%s","password":"%s","name":"法官","idNumber":"%s","mobile":"13500000000",\
                "roles":[{"role":"JUDGE","court":"鲁0102"}]}""".formatted(judge, PASSWORD, residentId()),
                "Authorization",
                "Bearer " + token);
        assertThat(created.statusCode()).isEqualTo(201);
        var secret = json(created).get("totpSecret").asString();
        assertThat(secret).hasSize(32);

        var granted = api.post(
                "/api/v1/admin/accounts/" + judge + "/roles",
                "{\"role\":\"JUDGE\",\"court\":\"鲁01\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(json(granted).get("roles")).hasSize(2);

        var revoked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/accounts/" + judge
                                        + "/roles?role=JUDGE&court="
                                        + URLEncoder.encode("鲁0102", StandardCharsets.UTF_8)))
                                .header("Authorization", "Bearer " + token)
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json(revoked).get("roles")).hasSize(1);
        assertThat(json(revoked).get("roles").get(0).get("court").asString()).isEqualTo("鲁01");

        var judgeLogin = api.login(judge, PASSWORD, totp(secret));
        assertThat(judgeLogin.statusCode()).isEqualTo(200);
    }

    @Test
    void aStaffRoleWithoutACourtIsAFieldError() throws Exception {
        var api = new IdentityFixtures(port);
        var admin = staff.administrator();
        var token = IdentityFixtures.token(api.login(admin.username(), PASSWORD, totp(admin.totpSecret())));

        var created = api.post(
                "/api/v1/admin/accounts",
                """
                {"username":"%s","password":"%s","name":"法官","idNumber":"%s","mobile":"13500000000",\
                "roles":[{"role":"JUDGE"}]}""".formatted(username("judge"), PASSWORD, residentId()),
                "Authorization",
                "Bearer " + token);

        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(json(created).get("errors").get(0).get("field").asString()).isEqualTo("roles[0].court");
    }
}
