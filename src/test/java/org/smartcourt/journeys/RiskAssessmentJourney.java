package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.courts.Courts;
import org.smartcourt.docket.domain.CourtCases;
import org.smartcourt.docket.domain.Timeline;
import org.smartcourt.guidance.ClosedCases;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 4 item 5: a visitor without an account weighs the risk of a case in Chinese and in English (fees, durations,
 * limitation, tips, what mediation saves), prints it, reads about mediation and goes on to file the case.
 */
@CourtIntegrationTest
class RiskAssessmentJourney {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Courts courts;

    @Autowired
    CourtCases cases;

    @Autowired
    Timeline timeline;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aVisitorWeighsAPrivateLendingCaseInChineseAndGoesOnToFileIt() throws Exception {
        var page = browser.newPage("zh-CN");
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, named("评估诉讼风险")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("诉讼风险评估");
        assertAccessible(page);

        page.getByLabel("案件类型").selectOption(new SelectOption().setLabel("民间借贷纠纷"));
        page.getByLabel("受诉法院代字").fill("鲁0102");
        page.getByLabel("诉讼标的额（元）").fill("80000");
        page.getByLabel("债务到期日，或者知道权利受损及对方的日期").fill(today().minusYears(1).toString());
        page.getByLabel("准备申请财产保全，防止对方转移财产").check();
        page.getByRole(AriaRole.BUTTON, named("评估诉讼风险")).click();

        assertThat(page.locator("#risk-result")).isFocused();
        assertThat(page.locator("#acceptance-fee")).hasAttribute("data-total", "1800.00");
        assertThat(page.locator("#acceptance-fee")).hasText("按普通程序审理，案件受理费为 1800.00 元。");
        assertThat(page.locator("#risk-result")).containsText("财产保全申请费");
        assertThat(page.locator("#procedure-SUMMARY")).containsText("3个月");
        assertThat(page.locator("#procedure-SUMMARY")).containsText("最可能适用");
        assertThat(page.locator("#risk-statistics")).containsText("暂无统计数据");
        assertThat(page.locator("#limitation-status")).hasAttribute("data-status", "RUNNING");
        assertThat(page.locator("#risk-result")).containsText("《中华人民共和国民法典》第一百八十八条");
        assertThat(page.locator("#tip-lending-evidence")).containsText("借贷事实的证明");
        assertThat(page.locator("#tip-preservation")).containsText("申请财产保全的风险");
        assertThat(page.locator("#mediation-saving")).hasAttribute("data-saving", "900.00");
        assertThat(page.locator("#mediation-saving")).containsText("立案后调解结案可节省 900.00 元");
        assertThat(page).hasURL(Pattern.compile(".*/guidance/risk\\?caseType=private-lending.*"));
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, named("了解诉前调解")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("诉前调解");
        assertThat(page.locator("#mediation-status")).containsText("在线调解尚未在本平台开通");
        assertAccessible(page);
        page.goBack();

        page.getByRole(AriaRole.LINK, named("在线立案（已填好案件类型和法院）")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertAccessible(page);
        var username = IdentityFixtures.username("risk");
        var registered = new IdentityFixtures(port)
                .post("/api/v1/accounts", IdentityFixtures.naturalPerson(username, IdentityFixtures.residentId()));
        assertThat(registered.statusCode()).isEqualTo(201);
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(IdentityFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("登录")).click();

        assertThat(page).hasURL(Pattern.compile(".*/filing/new\\?type=private-lending&court=.*"));
        assertThat(page.getByLabel("民间借贷纠纷")).isChecked();
        assertThat(page.locator("#court")).hasValue("鲁0102");
        assertAccessible(page);
    }

    @Test
    void inEnglishTheCourtsOwnRecordAndAnExpiringLimitationPeriodAreShownAndThePagePrintsCleanly() {
        var court = ClosedCases.anotherBasicCourt(courts);
        new ClosedCases(cases, timeline).close(court.code(), "民间借贷纠纷", 35, 40, 45, 50, 55, 60, 65, 70, 75, 120);
        var page = browser.newPage("en");
        page.navigate(url("/guidance/risk"));
        assertAccessible(page);

        page.getByLabel("Type of case").selectOption(new SelectOption().setLabel("Private lending dispute"));
        page.getByLabel("Court code").fill(court.code().value());
        page.getByLabel("Amount in dispute (yuan)").fill("50,000");
        page.getByLabel("Day the debt fell due, or you learned of the harm and who caused it")
                .fill(today().minusYears(3).plusMonths(2).toString());
        page.getByLabel("The other side may not pay of its own accord, so enforcement may be needed")
                .check();
        page.getByRole(AriaRole.BUTTON, named("Assess the risk")).click();

        assertThat(page.locator("#acceptance-fee")).hasAttribute("data-total", "1050.00");
        assertThat(page.locator("#risk-result")).containsText("Enforcement application fee");
        assertThat(page.locator("#risk-statistics"))
                .hasText("10 first-instance cases of this type have been closed at this court on the platform: half "
                        + "took 55 days or less from registration to closing, and 80% took 70 days or less.");
        assertThat(page.locator("#limitation-status")).hasAttribute("data-status", "EXPIRING");
        assertThat(page.locator("#limitation-status")).containsText("The limitation period ends soon");
        assertThat(page.locator("#risk-result")).containsText("Civil Code, Art. 194");
        assertThat(page.locator("#tip-enforcement")).containsText("A judgment that cannot be enforced");
        assertThat(page.locator("#mediation-saving"))
                .hasText("Settling in pre-filing mediation saves 1050.00 yuan; settling by mediation after filing "
                        + "saves 525.00 yuan.");
        assertAccessible(page);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("header")).isHidden();
        assertThat(page.locator("form.risk-form")).isHidden();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Print the assessment")))
                .isHidden();
        assertThat(page.locator("#risk-result")).isVisible();
        assertThat(page.locator("#tip-enforcement")).isVisible();
        var pdf = page.pdf();
        assertThat(pdf.length).isGreaterThan(1000);
    }

    @Test
    void aMissingAmountIsExplainedNextToTheField() {
        var page = browser.newPage("en");
        page.navigate(url("/guidance/risk"));

        page.getByLabel("Type of case").selectOption(new SelectOption().setLabel("Sale of goods dispute"));
        page.getByLabel("Court code").fill("鲁0102");
        page.getByRole(AriaRole.BUTTON, named("Assess the risk")).click();

        assertThat(page.locator("#amount")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#amount")).isFocused();
        assertThat(page.locator("#amount-error"))
                .hasText("This type of case is charged on the amount in dispute: enter an amount above zero.");
        assertThat(page.locator("#risk-result")).hasCount(0);
        assertAccessible(page);
    }
}
