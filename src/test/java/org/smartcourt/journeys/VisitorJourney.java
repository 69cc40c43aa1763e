package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class VisitorJourney {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aVisitorReadsTheHomePageInChineseAndSwitchesToEnglish() {
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");

        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("在线诉讼服务平台");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English"))
                .click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Online litigation services");
        assertAccessible(page);
    }

    @Test
    void theSkipLinkTakesAKeyboardUserToTheMainContent() {
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");

        page.keyboard().press("Tab");

        assertThat(page.locator(":focus")).hasText("跳到主要内容");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main$"));
    }
}
