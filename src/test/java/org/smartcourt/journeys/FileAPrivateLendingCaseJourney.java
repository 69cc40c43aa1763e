package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.filing.PdfText;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 3's journey: a verified litigant files a private-lending case to 鲁0102 through the guided form and downloads
 * the complaint; a clerk registers it; the litigant follows the case; another litigant is refused.
 */
@CourtIntegrationTest
class FileAPrivateLendingCaseJourney {

    // 黄磊 is a synthetic identity of the built-in real-name registry that no other test uses.
    private static final String NAME = "黄磊";
    private static final String ID_NUMBER = "370102197810100040";

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

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(IdentityFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("登录")).click();
        assertThat(page.getByText("已登录：" + username)).isVisible();
    }

    private String verifiedLitigant() throws Exception {
        var api = new IdentityFixtures(port);
        var username = IdentityFixtures.username("huanglei");
        api.post("/api/v1/accounts", """
                {"kind":"NATURAL_PERSON","username":"%s","password":"%s","name":"%s","idNumber":"%s",\
                "mobile":"13900000021"}""".formatted(username, IdentityFixtures.PASSWORD, NAME, ID_NUMBER));
        var token = IdentityFixtures.token(api.login(username, IdentityFixtures.PASSWORD, null));
        var verified = api.post(
                "/api/v1/me/verification",
                "{\"name\":\"%s\",\"idNumber\":\"%s\"}".formatted(NAME, ID_NUMBER),
                "Authorization",
                "Bearer " + token);
        assertThat(verified.statusCode()).isEqualTo(200);
        return username;
    }

    @Test
    void aVerifiedLitigantFilesThroughTheGuidedFormAndFollowsTheCaseAClerkRegistered() throws Exception {
        var litigant = verifiedLitigant();
        var page = browser.newPage();
        signIn(page, litigant);

        // Choose the court and the type.
        page.navigate(url("/filing/new"));
        assertAccessible(page);
        page.getByLabel("受诉法院代字").fill("鲁0102");
        page.getByLabel("民间借贷纠纷").check();
        page.getByRole(AriaRole.BUTTON, named("开始填写")).click();

        // Parties: the litigant sues 李四, who lives in 历下区, so 鲁0102 is suggested.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("当事人");
        assertAccessible(page);
        page.locator("#parties-0-name").fill(NAME);
        page.locator("#parties-0-identification").fill(ID_NUMBER);
        page.locator("#parties-0-gender").selectOption("MALE");
        page.locator("#parties-0-address").fill("山东省济南市市中区经七路1号");
        page.locator("#parties-1-name").fill("李四");
        page.locator("#parties-1-identification").fill("370102198506124560");
        page.locator("#parties-1-address").fill("山东省济南市历下区泉城路1号");
        page.getByRole(AriaRole.BUTTON, named("保存并继续")).click();

        // Claims.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("诉讼请求");
        assertAccessible(page);
        page.locator("#claims-principal-amount").fill("100000");
        page.locator("#claims-interest-amount").fill("5000.50");
        page.locator("#claims-interest-rate").fill("3.65");
        page.locator("#claims-interest-from").fill("2024-01-10");
        page.locator("#claims-interest-to").fill("2025-06-30");
        page.locator("#claims-costs-detail").fill("由被告负担");
        page.getByRole(AriaRole.BUTTON, named("保存并继续")).click();

        // Facts: a loan date after today is refused next to its field, then corrected.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("事实与理由");
        page.locator("#facts-contractSigned").selectOption("true");
        page.locator("#facts-loanAmount").fill("100000");
        page.locator("#facts-loanDate").fill(LocalDate.now().plusDays(10).toString());
        page.locator("#facts-deliveryMethod").selectOption("bankTransfer");
        page.locator("#facts-guarantee").selectOption("none");
        page.getByRole(AriaRole.BUTTON, named("保存并继续")).click();
        assertThat(page.locator("#facts-loanDate")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#facts-loanDate-error")).hasText("借款交付日期不得晚于起诉日期");
        assertThat(page.locator("#facts-loanDate")).hasAttribute("aria-describedby", "facts-loanDate-error");
        assertAccessible(page);
        page.locator("#facts-loanDate").fill("2024-01-10");
        page.getByRole(AriaRole.BUTTON, named("保存并继续")).click();

        // Evidence and an attachment.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("证据清单");
        assertAccessible(page);
        page.locator("#evidence-0-name").fill("借条");
        page.locator("#evidence-0-source").fill("原告");
        page.locator("#evidence-0-purpose").fill("证明借贷关系");
        page.getByRole(AriaRole.BUTTON, named("保存并继续")).click();
        assertAccessible(page);
        var scan = Files.createTempFile("iou", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n% scanned IOU\n");
        page.getByLabel("选择文件").setInputFiles(scan);
        page.getByRole(AriaRole.BUTTON, named("上传")).click();
        assertThat(page.getByText(scan.getFileName().toString())).isVisible();
        page.getByRole(AriaRole.LINK, named("继续核对")).click();

        // Check the answers, generate the complaint in one click and read it.
        assertThat(page.getByText("标的总额：105000.50 元")).isVisible();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, named("一键生成起诉状")).click();
        var download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, named("下载起诉状（PDF）")).click());
        var text = PdfText.compact(PdfText.of(Files.readAllBytes(download.path())));
        assertThat(text).contains("原告：" + NAME, "被告：李四", "本金：100000.00元", "利息：5000.50元", "标的总额：105000.50元");

        // File it.
        page.getByRole(AriaRole.BUTTON, named("提交立案申请")).click();
        page.waitForURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
        var caseId = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertAccessible(page);

        // A clerk of 鲁0102 registers it at the registration desk.
        var clerk = staff.open("CLERK", CourtCode.of("鲁0102"), "赵立案");
        var desk = browser.newPage();
        desk.navigate(url("/login"));
        desk.getByLabel("用户名").fill(clerk.username());
        desk.getByLabel("密码").fill(IdentityFixtures.PASSWORD);
        desk.getByRole(AriaRole.BUTTON, named("登录")).click();
        desk.getByLabel("六位验证码").fill(IdentityFixtures.totp(clerk.totpSecret()));
        desk.getByRole(AriaRole.BUTTON, named("确认")).click();
        desk.navigate(url("/staff/registration"));
        desk.getByLabel("法院代字").fill("鲁0102");
        desk.getByRole(AriaRole.BUTTON, named("查看待审查案件")).click();
        assertAccessible(desk);
        desk.locator("form[action$='/" + caseId + "/registration'] button").click();
        assertThat(desk.getByRole(AriaRole.STATUS)).hasText("决定已记录。");

        // The litigant sees the case number and each node of the timeline.
        page.navigate(url("/cases/" + caseId));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("鲁0102民初");
        assertThat(page.locator("ol.list-group")).containsText("向");
        assertThat(page.locator("ol.list-group")).containsText("提交要素式起诉状及 1 份附件");
        assertThat(page.locator("ol.list-group")).containsText("已立案，案号");
        assertAccessible(page);

        // Another litigant is refused.
        var stranger = IdentityFixtures.username("stranger");
        new IdentityFixtures(port)
                .post("/api/v1/accounts", IdentityFixtures.naturalPerson(stranger, IdentityFixtures.residentId()));
        var other = browser.newPage();
        signIn(other, stranger);
        var refused = other.navigate(url("/cases/" + caseId));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(other.navigate(url("/filing/drafts")).status()).isEqualTo(200);
        assertThat(other.getByText("民间借贷纠纷")).hasCount(0);
    }
}
