package org.smartcourt.docket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.json;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@CourtIntegrationTest
class CaseApiIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    private IdentityFixtures api;
    private String plaintiff;
    private String plaintiffToken;
    private String clerkToken;

    @BeforeEach
    void signIn() throws Exception {
        api = new IdentityFixtures(port);
        plaintiff = IdentityFixtures.username("plaintiff");
        plaintiffToken = litigantToken(plaintiff);
        var clerk = staff.open("CLERK", COURT, "王立案");
        clerkToken = IdentityFixtures.token(
                api.login(clerk.username(), PASSWORD, IdentityFixtures.totp(clerk.totpSecret())));
    }

    private String litigantToken(String username) throws Exception {
        var registered =
                api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(username, IdentityFixtures.residentId()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return IdentityFixtures.token(api.login(username, PASSWORD, null));
    }

    private static String[] bearer(String token, String... more) {
        var headers = new java.util.ArrayList<>(List.of("Authorization", "Bearer " + token));
        headers.addAll(List.of(more));
        return headers.toArray(String[]::new);
    }

    @Test
    void aLitigantFollowsTheirCaseFromFilingToRegistrationThroughTheApi() throws Exception {
        var id = docket.open(Filings.privateLending(COURT, plaintiff, IdentityFixtures.username("defendant")));

        var mine = api.get("/api/v1/cases", bearer(plaintiffToken));
        var queue = api.get("/api/v1/cases?court=鲁0102&status=FILED", bearer(clerkToken));
        var registered = api.post("/api/v1/cases/" + id + "/registration", "{}", bearer(clerkToken));
        var shown = api.get("/api/v1/cases/" + id, bearer(plaintiffToken));
        var timeline = api.get("/api/v1/cases/" + id + "/timeline", bearer(plaintiffToken, "Accept-Language", "en"));

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(ids(json(mine))).contains(id.toString());
        assertThat(queue.statusCode()).isEqualTo(200);
        var queued = entry(json(queue), id.toString());
        assertThat(queued.get("daysLeft").asLong()).isBetween(0L, 9L);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        var caseNumber = json(registered).get("caseNumber").asString();
        assertThat(caseNumber).matches("（" + LocalDate.now().getYear() + "）鲁0102民初\\d+号");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(json(shown).get("caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(json(shown).get("parties").get(0).get("name").asString()).isEqualTo("张三");
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(json(timeline).get(0).get("description").asString())
                .isEqualTo("Case filed with court 鲁0102 (case type 民初)");
        assertThat(json(timeline).get(1).get("description").asString()).isEqualTo("Case registered as " + caseNumber);
        assertThat(json(timeline).get(1).get("actorName").asString()).isEqualTo("王立案");
    }

    @Test
    void anotherLitigantGets403OnSomeoneElsesCaseAndTheDenialIsAudited() throws Exception {
        var id = docket.open(Filings.privateLending(COURT, plaintiff, IdentityFixtures.username("defendant")));
        var other = IdentityFixtures.username("other");
        var otherToken = litigantToken(other);

        var response = api.get("/api/v1/cases/" + id, bearer(otherToken, "Accept-Language", "zh-CN"));
        var timeline = api.get("/api/v1/cases/" + id + "/timeline", bearer(otherToken));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/case-access-denied");
        assertThat(json(response).get("detail").asString()).isEqualTo("只有本案当事人、其诉讼代理人和本案法院工作人员可以查看或办理本案。");
        assertThat(timeline.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql(
                                "select outcome from audit_entry where actor = ? and action = 'docket.case.read' and subject = ?")
                        .params(other, id.toString())
                        .query(String.class)
                        .list())
                .containsExactly("DENIED", "DENIED");
    }

    @Test
    void aLitigantCannotTakeTheClerksDecisions() throws Exception {
        var id = docket.open(Filings.privateLending(COURT, plaintiff, IdentityFixtures.username("defendant")));

        var response = api.post("/api/v1/cases/" + id + "/registration", "{}", bearer(plaintiffToken));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aCorrectionRequestWithoutDefectsIsRejectedFieldByField() throws Exception {
        var id = docket.open(Filings.privateLending(COURT, plaintiff, IdentityFixtures.username("defendant")));

        var response = api.post(
                "/api/v1/cases/" + id + "/correction-request",
                "{\"defects\":[],\"deadline\":\"" + LocalDate.now().plusDays(10) + "\"}",
                bearer(clerkToken, "Accept-Language", "en"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("defects").contains("List at least one defect.");
    }

    @Test
    void theCaseApiNeedsASignedInCaller() throws Exception {
        assertThat(api.get("/api/v1/cases").statusCode()).isEqualTo(401);
    }

    private static List<String> ids(JsonNode array) {
        var ids = new java.util.ArrayList<String>();
        array.forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }

    private static JsonNode entry(JsonNode array, String id) {
        for (var node : array) {
            if (node.get("id").asString().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("case " + id + " is not in " + array);
    }
}
