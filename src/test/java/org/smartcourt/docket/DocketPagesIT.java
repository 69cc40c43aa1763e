package org.smartcourt.docket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class DocketPagesIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    StaffAccounts staff;

    @Test
    void theClerkRegistersFromTheQueueAndTheLitigantSeesTheNumberAndTimeline() throws Exception {
        var plaintiff = IdentityFixtures.username("plaintiff");
        var litigant = litigantSignedIn(plaintiff);
        var id = docket.open(Filings.privateLending(COURT, plaintiff, IdentityFixtures.username("defendant")));
        var clerk = staff.open("CLERK", COURT, "王立案");
        var desk = new Session();
        desk.get("/login");
        desk.post("/login", Map.of("username", clerk.username(), "password", PASSWORD));
        desk.get("/login/totp");
        desk.post("/login/totp", Map.of("code", IdentityFixtures.totp(clerk.totpSecret())));

        var queue = desk.get("/staff/registration?court=鲁0102");
        var decided =
                desk.post("/staff/registration/" + id + "/registration", Map.of("court", "鲁0102", "method", "RANDOM"));
        var myCases = litigant.get("/cases");
        var casePage = litigant.get("/cases/" + id);

        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("立案审查", "/staff/registration/" + id + "/registration");
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(myCases.statusCode()).isEqualTo(200);
        assertThat(myCases.body()).contains("我的案件", "民间借贷纠纷", "/cases/" + id);
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body())
                .containsPattern("（\\d{4}）鲁0102民初\\d+号")
                .contains("审判流程节点", "向 鲁0102 法院提交立案申请（民初）", "立案庭 王立案", "已立案，案号");
    }

    @Test
    void anotherLitigantIsRefusedTheCasePage() throws Exception {
        var id = docket.open(Filings.privateLending(
                COURT, IdentityFixtures.username("plaintiff"), IdentityFixtures.username("defendant")));
        var stranger = litigantSignedIn(IdentityFixtures.username("stranger"));

        assertThat(stranger.get("/cases/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void aLitigantCannotOpenTheRegistrationDesk() throws Exception {
        var litigant = litigantSignedIn(IdentityFixtures.username("litigant"));

        assertThat(litigant.get("/staff/registration?court=鲁0102").statusCode()).isEqualTo(403);
    }

    private Session litigantSignedIn(String username) throws Exception {
        var api = new IdentityFixtures(port);
        var registered =
                api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(username, IdentityFixtures.residentId()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        var session = new Session();
        session.get("/login");
        var signedIn = session.post("/login", Map.of("username", username, "password", PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return session;
    }

    /** A cookie-keeping client that posts forms with the CSRF token of the last page. */
    private final class Session {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String csrf = "";

        HttpResponse<String> get(String path) throws Exception {
            var request = HttpRequest.newBuilder(uri(path))
                    .header("Accept-Language", "zh-CN")
                    .GET()
                    .build();
            return remember(http.send(request, HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            var all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            var body = all.entrySet().stream()
                    .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            var request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return remember(http.send(request, HttpResponse.BodyHandlers.ofString()));
        }

        private HttpResponse<String> remember(HttpResponse<String> response) {
            var matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }

        private URI uri(String path) {
            var encoded = path.replace("鲁", URLEncoder.encode("鲁", StandardCharsets.UTF_8));
            return URI.create("http://localhost:" + port + encoded);
        }
    }
}
