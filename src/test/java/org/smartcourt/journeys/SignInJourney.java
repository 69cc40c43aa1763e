package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class SignInJourney {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aVisitorMistypesTheirIdNumberThenRegistersAndReachesVerification() {
        var page = browser.newPage("en");
        page.navigate("http://localhost:" + port + "/register");
        assertAccessible(page);

        page.getByLabel("Username").fill(IdentityFixtures.username("journey"));
        page.getByLabel("Password").fill(IdentityFixtures.PASSWORD);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("测试人");
        var idNumber = IdentityFixtures.residentId();
        page.getByLabel("Resident ID number").fill(IdentityFixtures.withWrongCheckDigit(idNumber));
        page.getByLabel("Mobile number").fill("13900000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();

        assertThat(page.getByLabel("Resident ID number")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#idNumber-error")).containsText("does not match the others");
        assertAccessible(page);

        page.getByLabel("Password").fill(IdentityFixtures.PASSWORD);
        page.getByLabel("Resident ID number").fill(idNumber);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Verify your identity");
        assertAccessible(page);
        page.navigate("http://localhost:" + port + "/account");
        assertAccessible(page);
    }

    @Test
    void theSignInPageStaysAccessibleWhenTheSignInFails() {
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        assertAccessible(page);

        page.getByLabel("用户名").fill(IdentityFixtures.username("nobody"));
        page.getByLabel("密码").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("用户名或密码不正确。");
        assertAccessible(page);
    }
}
