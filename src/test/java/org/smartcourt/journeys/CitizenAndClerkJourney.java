package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.totp;
import static org.smartcourt.identity.IdentityFixtures.username;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The foundation's journey: a citizen gets an account and a verified identity; a clerk signs in with a code. */
@CourtIntegrationTest
class CitizenAndClerkJourney {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static void headingIs(Page page, String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(text);
    }

    @Test
    void aCitizenRegistersVerifiesTheirIdentitySignsInAgainAndSwitchesToEnglish() {
        var page = browser.newPage();
        var citizen = username("citizen");

        // The built-in registry knows 梁静 with this number (synthetic), so the verification can succeed.
        page.navigate(url("/"));
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, named("注册")).first().click();
        headingIs(page, "自然人注册");
        assertAccessible(page);
        page.getByLabel("用户名").fill(citizen);
        page.getByLabel("密码").fill(PASSWORD);
        page.getByLabel("姓名（名称）").fill("梁静");
        page.getByLabel("居民身份证号码").fill("370102198306060128");
        page.getByLabel("手机号码").fill("13912345678");
        page.getByRole(AriaRole.BUTTON, named("注册账户")).click();

        headingIs(page, "实名认证");
        assertAccessible(page);
        page.getByLabel("姓名（名称）").fill("梁静");
        page.getByLabel("居民身份证号码").fill("370102198306060128");
        page.getByRole(AriaRole.BUTTON, named("提交认证")).click();

        headingIs(page, "我的账户");
        assertThat(page.getByText("实名认证已通过。")).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, named("退出登录")).click();
        assertThat(page.getByRole(AriaRole.LINK, named("登录"))).isVisible();
        page.navigate(url("/login"));
        headingIs(page, "登录");
        assertAccessible(page);
        page.getByLabel("用户名").fill(citizen);
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("登录")).click();
        assertThat(page.getByText("已登录：" + citizen)).isVisible();
        page.getByRole(AriaRole.LINK, named("收件箱")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/inbox$"));
        assertAccessible(page);

        page.navigate(url("/account"));
        page.getByRole(AriaRole.LINK, named("English")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        headingIs(page, "My account");
        assertThat(page.getByText("Signed in as " + citizen)).isVisible();
        assertAccessible(page);
    }

    @Test
    void aClerkNeedsTheOneTimeCodeAfterThePassword() {
        var clerk = staff.open("CLERK", CourtCode.of("鲁0102"), "书记员");
        var page = browser.newPage();

        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(clerk.username());
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("登录")).click();

        headingIs(page, "请输入动态验证码");
        assertAccessible(page);
        // The password alone opens nothing.
        page.navigate(url("/staff"));
        headingIs(page, "登录");
        page.navigate(url("/login/totp"));
        headingIs(page, "请输入动态验证码");

        page.getByLabel("六位验证码").fill(totp(clerk.totpSecret()));
        page.getByRole(AriaRole.BUTTON, named("确认")).click();

        page.navigate(url("/staff"));
        headingIs(page, "工作台");
        assertThat(page.getByText("鲁0102").first()).isVisible();
        assertAccessible(page);
    }
}
