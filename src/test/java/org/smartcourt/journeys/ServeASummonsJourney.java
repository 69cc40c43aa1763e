package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.delivery.Serving;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.docket.application.ViewCase;
import org.smartcourt.documents.Documents;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.identity.application.SeedDemoAccounts;
import org.smartcourt.identity.domain.Base32;
import org.smartcourt.identity.domain.Totp;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.Mailbox;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo clerk serves a summons on a registered case; the defendant, who confirmed an e-mail address for service,
 * receives the e-mail, opens the inbox and downloads the summons; the service shows as effective on the timeline at
 * the moment the message arrived; the sealed service certificate downloads, is genuine, and is altered once a byte
 * changes. Every page passes axe-core.
 */
@CourtIntegrationTest
class ServeASummonsJourney {

    private static final String DEMO_CLERK = "demo-clerk";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    RegisterCase registerCase;

    @Autowired
    ViewCase viewCase;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Documents documents;

    @Autowired
    SeedDemoAccounts demoAccounts;

    @TempDir
    Path directory;

    @Test
    void theDemoClerkServesASummonsThatTheDefendantReceivesByEmailAndTheCertificateProves() throws Exception {
        demoAccounts.seed();
        var serving = new Serving(port, docket, registerCase, staff);
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, DEMO_CLERK);
        var caseNumber = viewCase.view(Serving.caseId(caseId), DEMO_CLERK)
                .courtCase()
                .number()
                .toString();
        var summons = documents.issueSealed(
                Serving.COURT, "济南市历下区人民法院", "传票", "summons", "<p>被传唤人：李被告</p><p>传唤事由：开庭审理</p>", caseNumber);
        var summonsFile = Files.write(
                directory.resolve("summons.pdf"),
                documents.open(summons.hash()).orElseThrow().content());

        // The defendant confirms an e-mail address for service (送达地址确认书).
        var party = browser.newPage();
        signIn(party, defendant.username());
        party.navigate(url("/cases/" + caseId + "/service-address"));
        assertAccessible(party);
        party.getByLabel("同意人民法院以电子方式送达诉讼文书").check();
        party.getByLabel("电子邮箱", new Page.GetByLabelOptions().setExact(true)).check();
        party.getByLabel("电子邮箱地址").fill(defendant.email());
        party.getByLabel("详细地址").fill("济南市历下区泉城路1号");
        party.getByLabel("邮政编码").fill("250000");
        party.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认送达地址"))
                .click();
        assertThat(party.getByRole(AriaRole.STATUS)).hasText("送达地址确认书已保存。");
        assertAccessible(party);

        // The demo clerk serves the summons from the case's service page.
        var desk = browser.newPage();
        signInAsDemoClerk(desk);
        desk.navigate(url("/staff/services?court=鲁0102"));
        assertThat(desk.locator("#online-rate")).isVisible();
        assertAccessible(desk);
        desk.navigate(url("/staff/cases/" + caseId + "/services"));
        assertAccessible(desk);
        desk.getByLabel("文书类型").selectOption("SUMMONS");
        desk.getByLabel("文书标题").fill("传票");
        desk.getByLabel("PDF 文书").setInputFiles(summonsFile);
        desk.getByLabel("被告：李被告").check();
        var servedFrom = Instant.now();
        desk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("送达").setExact(true))
                .click();
        assertThat(desk.getByRole(AriaRole.STATUS)).hasText("已向 1 名当事人发起送达。");
        assertAccessible(desk);

        // The e-mail arrives at the in-process SMTP server.
        var mail = Mailbox.awaitMail(defendant.email());
        var arrivedBy = Instant.now();
        assertThat(mail.subject()).contains("传票", caseNumber);
        assertThat(mail.links()).anySatisfy(link -> assertThat(link).contains("/services/"));

        // The defendant opens the inbox and downloads the summons.
        party.navigate(url("/inbox"));
        var message = party.getByRole(AriaRole.ARTICLE)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("传票"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    party.reload();
                    return message.count() > 0;
                });
        assertAccessible(party);
        message.first()
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("打开"))
                .click();
        assertThat(party.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("传票");
        assertAccessible(party);
        var download = party.waitForDownload(
                () -> party.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载文书（PDF）"))
                        .click());
        assertThat(Files.readAllBytes(download.path()))
                .isEqualTo(documents.open(summons.hash()).orElseThrow().content());

        // Service took effect when the message reached the confirmed address (在线诉讼规则 Art. 31 ¶1).
        party.reload();
        var effectiveText = party.locator("#effective-at").textContent().strip();
        var effectiveAt = LocalDateTime.parse(effectiveText, SECONDS)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant();
        assertThat(effectiveAt).isBetween(servedFrom.minusSeconds(1), arrivedBy.plusSeconds(1));
        assertThat(party.locator("main")).containsText("送达信息到达受送达人确认的电子地址所在系统");

        // The timeline shows the service as effective at that moment.
        party.navigate(url("/cases/" + caseId));
        assertThat(party.locator("ol.list-group")).containsText("向李被告送达《传票》");
        assertThat(party.locator("ol.list-group")).containsText("《传票》于 " + effectiveText + " 到达李被告确认的电子送达地址，送达生效");
        assertAccessible(party);

        // The sealed certificate downloads; the verification page says genuine, and altered after one byte changed.
        party.navigate(url("/cases/" + caseId + "/services"));
        assertAccessible(party);
        party.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("传票"))
                .click();
        var certificate = party.waitForDownload(
                () -> party.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载电子送达凭证"))
                        .click());
        var genuine = Files.readAllBytes(certificate.path());
        assertThat(new String(genuine, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        var verify = browser.newPage();
        verify.navigate(url("/documents/verify"));
        verify.getByLabel("PDF 文书").setInputFiles(Files.write(directory.resolve("certificate.pdf"), genuine));
        verify.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始核验"))
                .click();
        assertThat(verify.getByRole(AriaRole.STATUS)).containsText("文书真实有效");
        assertThat(verify.getByRole(AriaRole.STATUS)).containsText("电子送达凭证");
        assertAccessible(verify);

        var altered = genuine.clone();
        altered[altered.length / 2] ^= 0x01;
        verify.navigate(url("/documents/verify"));
        verify.getByLabel("PDF 文书").setInputFiles(Files.write(directory.resolve("altered.pdf"), altered));
        verify.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始核验"))
                .click();
        assertThat(verify.getByRole(AriaRole.STATUS)).containsText("文书已被改动");
        assertAccessible(verify);
    }

    @Test
    void aClerkEntersAPaperFormAndServesByCourtMailWhenThereIsNoConsent() throws Exception {
        var serving = new Serving(port, docket, registerCase, staff);
        var plaintiff = serving.person("zh-CN");
        var clerk = staff.open("CLERK", Serving.COURT, "孙书记");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, null, clerk.username());
        var summonsFile = Files.write(directory.resolve("summons.pdf"), Serving.pdf(documents, "传唤李被告到庭"));

        var desk = browser.newPage();
        signIn(desk, clerk.username());
        desk.getByLabel("六位验证码").fill(IdentityFixtures.totp(clerk.totpSecret()));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认"))
                .click();
        desk.navigate(url("/staff/cases/" + caseId + "/services"));
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("录入李被告的送达地址确认书"))
                .click();
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认送达地址"))
                .click();
        assertThat(desk.getByLabel("详细地址")).hasAttribute("aria-invalid", "true");
        assertThat(desk.locator("#address-error")).containsText("请填写详细邮寄地址");
        assertAccessible(desk);
        desk.getByLabel("详细地址").fill("济南市历下区泉城路3号");
        desk.getByLabel("邮政编码").fill("250000");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认送达地址"))
                .click();
        assertThat(desk.getByRole(AriaRole.STATUS)).hasText("送达地址确认书已保存。");

        desk.getByLabel("文书类型").selectOption("SUMMONS");
        desk.getByLabel("PDF 文书").setInputFiles(summonsFile);
        desk.getByLabel("被告：李被告").check();
        desk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("送达").setExact(true))
                .click();
        assertThat(desk.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("本案送达记录")))
                .containsText("待邮寄（法院专递）");
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("传票")).click();
        assertThat(desk.locator("main")).containsText("泉城路3号");
        assertAccessible(desk);
        desk.getByLabel("邮件号").fill("1234567890123");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录交邮"))
                .click();
        assertThat(desk.getByRole(AriaRole.STATUS)).hasText("已记录。");
        assertAccessible(desk);
        desk.getByLabel("受送达人本人签收").check();
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录签收"))
                .click();
        assertThat(desk.locator("main")).containsText("以邮件回执注明的收件日期为送达日期");
        assertAccessible(desk);
    }

    private void signIn(Page page, String username) {
        signIn(page, username, IdentityFixtures.PASSWORD);
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
    }

    /**
     * Signs in as the demo clerk with the code of the current 30-second step. Another test may have used that step
     * for the demo clerk already (a code is accepted once); then the next step's code is waited for.
     */
    private void signInAsDemoClerk(Page page) {
        var secret = SeedDemoAccounts.ACCOUNTS.stream()
                .filter(account -> account.username().equals(DEMO_CLERK))
                .findFirst()
                .orElseThrow()
                .totpSecret();
        signIn(page, DEMO_CLERK, SeedDemoAccounts.PASSWORD);
        var step = Totp.stepAt(Instant.now());
        page.getByLabel("六位验证码").fill(Totp.code(Base32.decode(secret), Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认"))
                .click();
        page.waitForLoadState();
        if (page.url().contains("/login")) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(40))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> Totp.stepAt(Instant.now()) > step);
            page.getByLabel("六位验证码").fill(Totp.code(Base32.decode(secret), Instant.now()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认"))
                    .click();
            page.waitForLoadState();
        }
        assertThat(page.url()).doesNotContain("/login");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
