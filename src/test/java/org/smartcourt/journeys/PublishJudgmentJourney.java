package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.docket.CaseId;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.judgments.application.RecordEffectiveDocument;
import org.smartcourt.publication.WorkflowFixtures;
import org.smartcourt.publication.application.ShowPublicationQueue;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk enters an effective judgment, reviews it beside its anonymised text, masks a name the machine missed and
 * approves it; the public finds it anonymised. A divorce judgment is excluded: its page shows only the case number,
 * court, date and reason. Every page passes axe-core.
 */
@CourtIntegrationTest
class PublishJudgmentJourney {

    private static final CourtCode COURT = CourtCode.of("鲁0102");

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    WorkflowFixtures fixtures;

    @Autowired
    ShowPublicationQueue queue;

    @Autowired
    RecordEffectiveDocument recordEffectiveDocument;

    @Autowired
    Clock clock;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aClerkReviewsCorrectsAndApprovesAJudgmentAndExcludesADivorce() {
        var clerk = staff.open("CLERK", COURT, "王立案");
        var filer = IdentityFixtures.username("filer");
        var loan = fixtures.registeredCase(COURT, filer, clerk.username(), "民间借贷纠纷");
        var loanNumber = fixtures.caseNumber(loan);
        var divorce = fixtures.registeredCase(COURT, filer, clerk.username(), "离婚纠纷");
        var divorceNumber = fixtures.caseNumber(divorce);
        var marker = WorkflowFixtures.marker();
        var yesterday = LocalDate.now(clock).minusDays(1);

        var desk = browser.newPage("zh-CN");
        desk.navigate(url("/login"));
        desk.getByLabel("用户名").fill(clerk.username());
        desk.getByLabel("密码").fill(IdentityFixtures.PASSWORD);
        desk.getByRole(AriaRole.BUTTON, named("登录")).click();
        desk.getByLabel("六位验证码").fill(IdentityFixtures.totp(clerk.totpSecret()));
        desk.getByRole(AriaRole.BUTTON, named("确认")).click();

        // The clerk enters the judgment, in effect since yesterday.
        desk.navigate(url("/staff/cases/" + loan + "/decisions"));
        assertAccessible(desk);
        desk.getByLabel("文书种类").selectOption("JUDGMENT");
        desk.getByLabel("作出日期").fill(yesterday.toString());
        desk.getByLabel("生效日期").fill(yesterday.toString());
        desk.getByLabel("全文").fill(WorkflowFixtures.judgment(loanNumber, "民间借贷纠纷", marker));
        desk.getByRole(AriaRole.BUTTON, named("记录文书")).click();
        assertThat(desk.getByRole(AriaRole.STATUS)).hasText("文书已记录。");
        assertThat(desk.locator("table")).containsText("已生效");
        assertAccessible(desk);

        // The queue shows it with its deadline; the clerk opens it.
        awaitQueued(clerk.username(), loan);
        desk.navigate(url("/staff/publication"));
        assertAccessible(desk);
        assertThat(desk.locator(".queue-item", new Page.LocatorOptions().setHasText(loanNumber)))
                .containsText("剩余");
        desk.getByRole(AriaRole.LINK, named("审核" + loanNumber)).click();
        assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("审核公开文书");
        assertThat(desk.locator("#original-text")).containsText("原告张三");
        assertThat(desk.locator("#proposed-text")).containsText("原告张某");
        assertThat(desk.locator("#proposed-text")).containsText("表弟阿强");
        assertAccessible(desk);

        // 阿强 was missed: the clerk masks it, the proposed text changes, then approves.
        desk.getByLabel("需要隐去的文字").fill("阿强");
        desk.getByLabel("替换为", new Page.GetByLabelOptions().setExact(true)).fill("阿某");
        desk.getByRole(AriaRole.BUTTON, named("隐去")).click();
        assertThat(desk.getByRole(AriaRole.STATUS)).containsText("更正已生效");
        assertThat(desk.locator("#proposed-text")).containsText("表弟阿某");
        assertThat(desk.locator("#original-text")).containsText("表弟阿强");
        assertAccessible(desk);
        desk.getByRole(AriaRole.BUTTON, named("批准并公开")).click();
        assertThat(desk.getByRole(AriaRole.STATUS)).containsText("已批准");
        assertAccessible(desk);

        // The public search finds it, anonymised.
        var visitor = browser.newPage("zh-CN");
        visitor.navigate(url("/judgments"));
        visitor.getByLabel("检索词").fill(marker);
        visitor.getByRole(AriaRole.BUTTON, named("检索")).click();
        assertThat(visitor.locator(".hit")).hasCount(1);
        assertAccessible(visitor);
        visitor.locator(".hit h3 a").click();
        assertThat(visitor.locator("main")).containsText("表弟阿某");
        assertThat(visitor.locator("main")).containsText("原告张某");
        assertThat(visitor.locator("main")).not().containsText("张三");
        assertThat(visitor.locator("main")).not().containsText("阿强");
        assertAccessible(visitor);
        var publicAddress = visitor.url();

        // A divorce judgment is excluded: only its case number, court, date and reason are published.
        recordEffectiveDocument.record(
                divorce,
                clerk.username(),
                new RecordEffectiveDocument.Entry(
                        DecisionKind.JUDGMENT,
                        null,
                        yesterday,
                        yesterday,
                        false,
                        new RecordEffectiveDocument.Text(WorkflowFixtures.judgment(divorceNumber, "离婚纠纷", marker))));
        awaitQueued(clerk.username(), divorce);
        desk.navigate(url("/staff/publication"));
        desk.getByRole(AriaRole.LINK, named("审核" + divorceNumber)).click();
        assertThat(desk.getByRole(AriaRole.NOTE).first()).containsText("离婚诉讼或者涉及未成年子女抚养、监护");
        assertAccessible(desk);
        assertThat(desk.getByLabel("不公开情形")).hasValue("DIVORCE_OR_CUSTODY");
        desk.getByRole(AriaRole.BUTTON, named("决定不予公开")).click();
        assertThat(desk.getByRole(AriaRole.STATUS)).containsText("已决定不公开");
        desk.getByRole(AriaRole.LINK, named("公开页面")).click();
        assertThat(desk).hasURL(Pattern.compile(".*/judgments/[0-9a-f-]{36}$"));
        assertThat(desk.locator("main")).containsText(divorceNumber);
        assertThat(desk.locator("main")).containsText("济南市历下区人民法院");
        assertThat(desk.locator("#non-publication-reason")).containsText("离婚诉讼或者涉及未成年子女抚养、监护");
        assertThat(desk.locator("main")).not().containsText("张");
        assertThat(desk.locator("main")).not().containsText(marker);
        assertThat(desk.getByText("下载 PDF")).hasCount(0);
        assertAccessible(desk);

        // The loan judgment is withdrawn: its address keeps a dated note with the reason.
        desk.navigate(publicAddress.replace("/judgments/", "/staff/publication/judgments/"));
        assertAccessible(desk);
        desk.getByLabel("理由（将予公布）").last().fill("当事人申请撤回，经审查准许");
        desk.getByRole(AriaRole.BUTTON, named("撤回")).click();
        assertThat(desk.getByRole(AriaRole.STATUS)).containsText("文书已撤回");
        assertAccessible(desk);
        visitor.navigate(publicAddress);
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("该裁判文书已撤回");
        assertThat(visitor.locator("#withdrawal-notice")).containsText("撤回，理由：当事人申请撤回，经审查准许");
        assertThat(visitor.locator("main")).not().containsText("表弟阿某");
        assertAccessible(visitor);
    }

    private void awaitQueued(String clerk, CaseId caseId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> queue.show(clerk, new ShowPublicationQueue.Filter(COURT, null, false)).items().stream()
                        .anyMatch(item -> item.caseId().equals(caseId)));
        assertThat(caseId).isNotNull();
    }
}
