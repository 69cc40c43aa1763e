package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.Filings;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class CaseJourney {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    StaffAccounts staff;

    @Test
    void aClerkRegistersAFiledCaseAndTheLitigantFollowsItsTimeline() throws Exception {
        var plaintiff = IdentityFixtures.username("journey");
        var api = new IdentityFixtures(port);
        api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(plaintiff, IdentityFixtures.residentId()));
        var id = docket.open(
                Filings.privateLending(CourtCode.of("鲁0102"), plaintiff, IdentityFixtures.username("defendant")));
        var clerk = staff.open("CLERK", CourtCode.of("鲁0102"), "王立案");

        var desk = browser.newPage();
        signIn(desk, clerk.username());
        desk.getByLabel("六位验证码").fill(IdentityFixtures.totp(clerk.totpSecret()));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认"))
                .click();
        desk.navigate("http://localhost:" + port + "/staff/registration");
        desk.getByLabel("法院代字").fill("鲁0102");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看待审查案件"))
                .click();
        assertAccessible(desk);
        desk.locator("form[action$='/" + id + "/registration'] button").click();
        assertThat(desk.getByRole(AriaRole.STATUS)).hasText("决定已记录。");
        assertAccessible(desk);

        var litigant = browser.newPage();
        signIn(litigant, plaintiff);
        litigant.navigate("http://localhost:" + port + "/cases");
        assertAccessible(litigant);
        litigant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("鲁0102民初")))
                .first()
                .click();
        assertThat(litigant.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("鲁0102民初");
        assertThat(litigant.locator("ol.list-group")).containsText("已立案，案号");
        assertAccessible(litigant);
    }

    private void signIn(Page page, String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(IdentityFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
    }
}
