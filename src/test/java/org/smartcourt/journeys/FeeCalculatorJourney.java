package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class FeeCalculatorJourney {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aVisitorEstimatesTheFeeForTwoClaimsInSummaryProcedureWithoutLeavingThePage() {
        var page = browser.newPage("en");
        page.navigate("http://localhost:" + port + "/fees/calculator");
        assertAccessible(page);

        page.getByLabel("What is the fee for?").selectOption(new SelectOption().setValue("CIVIL"));
        page.getByLabel("Amounts in yuan").fill("80000\n20000");
        page.getByLabel("summary procedure (including small claims)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calculate the fee"))
                .click();

        assertThat(page.locator("#fee-total")).hasAttribute("data-total", "1150.00");
        assertThat(page.locator("#fee-result")).isFocused();
        assertThat(page.locator("#fee-result")).containsText("Measures on the Payment of Litigation Costs, Art. 16");
        assertAccessible(page);
    }

    @Test
    void aWrongAmountIsExplainedNextToTheField() {
        var page = browser.newPage("zh-CN");
        page.navigate("http://localhost:" + port + "/fees/calculator");

        page.getByLabel("费用事项").selectOption(new SelectOption().setValue("CIVIL"));
        page.getByLabel("金额（元）").fill("一万");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算诉讼费用"))
                .click();

        assertThat(page.locator("#amounts")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#amounts")).isFocused();
        assertThat(page.locator("#amounts-error")).hasText("请以数字填写金额，例如 123456.78。");
        assertAccessible(page);
    }
}
