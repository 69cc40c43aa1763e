package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.publication.PublishedCorpus;
import org.smartcourt.publication.importing.ImportJudgments;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class SearchJudgmentsJourney {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ImportJudgments importing;

    @Test
    void aVisitorSearchesForTheftNarrowsToOneCourtAndYearAndReadsAJudgment() {
        PublishedCorpus.ensurePublished(importing);
        var expected = PublishedCorpus.originalTexts().stream()
                .filter(text -> text.substring(0, 300).contains("（2017）渝0103刑"))
                .filter(text -> text.contains("盗窃"))
                .count();
        var page = browser.newPage("zh-CN");
        page.navigate("http://localhost:" + port + "/judgments");
        assertAccessible(page);

        page.getByLabel("检索词").fill("盗窃");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索"))
                .click();
        assertThat(page.locator("#result-count")).containsText("共找到");
        assertThat(page.locator(".snippet mark").first()).hasText("盗窃");
        assertAccessible(page);

        page.locator("[aria-labelledby=facet-court] a", new Page.LocatorOptions().setHasText("重庆市渝中区人民法院"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*court=.*"));
        page.locator("[aria-labelledby=facet-year] a", new Page.LocatorOptions().setHasText("2017"))
                .click();
        assertThat(page.locator("#result-count")).hasAttribute("data-total", Long.toString(expected));
        assertThat(page.locator(".hit")).hasCount((int) expected);
        assertThat(page.locator(".hit .snippet mark").first()).hasText("盗窃");
        assertAccessible(page);

        page.locator(".hit h3 a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("判决书");
        assertThat(page.locator("main")).containsText("重庆市渝中区人民法院");
        assertThat(page.getByText("下载 PDF")).isVisible();
        assertThat(expected).isPositive();
        assertAccessible(page);
    }
}
