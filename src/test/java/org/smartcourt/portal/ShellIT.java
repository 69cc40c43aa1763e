package org.smartcourt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class ShellIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void homePageSpeaksChineseByDefault() throws Exception {
        var page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"").contains("在线诉讼服务平台");
    }

    @Test
    void homePageFollowsTheBrowsersLanguage() throws Exception {
        var page = get("/", "Accept-Language", "en-GB,en;q=0.9");

        assertThat(page.body()).contains("lang=\"en\"").contains("Online litigation services");
    }

    @Test
    void languageSwitchIsRememberedInACookie() throws Exception {
        var page = get("/?lang=en");

        assertThat(page.body()).contains("lang=\"en\"");
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("lang=en"));
    }

    @Test
    void healthIsUp() throws Exception {
        var health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }
}
