package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.AmountInDispute;
import org.smartcourt.docket.CauseOfAction;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyKind;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plaintiff of a registered case pays the acceptance fee on the gateway's hosted page and gets the receipt; after
 * withdrawing the case, half the fee comes back (Art. 15): a clerk proposes the refund, a finance officer approves it,
 * the gateway pays it back and the case's ledger balances to zero.
 */
@CourtIntegrationTest
class PayTheFeeJourney {

    private static final CourtCode COURT = CourtCode.of("鲁0102");
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    RegisterCase registerCase;

    @Autowired
    StaffAccounts staff;

    @Test
    void thePlaintiffPaysWithdrawsAndGetsHalfTheFeeBackApprovedByTwoPeople() throws Exception {
        var plaintiff = IdentityFixtures.username("payer");
        new IdentityFixtures(port)
                .post("/api/v1/accounts", IdentityFixtures.naturalPerson(plaintiff, IdentityFixtures.residentId()));
        var clerk = staff.open("CLERK", COURT, "王立案");
        var finance = staff.open("FINANCE", COURT, "赵财务");
        var id = registeredCase(plaintiff, clerk.username());

        // the plaintiff sees the fee notice of 1,800 yuan and pays it on the gateway's hosted page
        var party = browser.newPage("en");
        signIn(party, plaintiff);
        reloadUntil(party, "/cases/" + id + "/fees", "#pay-fee");
        assertThat(party.locator(".notice-amount")).containsText("1800.00");
        assertAccessible(party);
        party.locator("#pay-fee").click();
        assertThat(party.locator("#cardNumber")).isVisible();
        assertAccessible(party);
        party.locator("#cardNumber").fill("6222020000000000");
        party.locator("#pay").click();

        // back on the case, the payment is confirmed once the gateway's notification is booked
        assertThat(party.locator("#order-status")).containsText("confirmed the payment", SLOW);
        assertAccessible(party);
        reloadUntil(party, "/cases/" + id + "/fees", ".receipt-link");
        assertThat(party.locator("#ledger-outstanding")).containsText("Still owed: 0.00 yuan");
        assertThat(party.locator("table").last()).containsText("Payment received");
        assertAccessible(party);

        // the receipt is a PDF stating the amount
        var receipt = party.request()
                .get("http://localhost:" + port + party.locator(".receipt-link").getAttribute("href"));
        assertThat(receipt).isOK();
        var pdf = receipt.body();
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        org.assertj.core.api.Assertions.assertThat(text(pdf)).contains("1800.00");

        // the timeline shows the payment
        reloadUntil(party, "/cases/" + id, "ol.list-group li:has-text('1800.00 yuan paid')");
        assertAccessible(party);

        // the plaintiff withdraws the case
        party.locator("form[action$='/withdrawal'] button").click();
        assertAccessible(party);

        // a clerk proposes the half refund (Art. 15) and a finance officer approves it
        var desk = staffPage(clerk);
        reloadUntil(desk, "/cases/" + id + "/fees", ".propose-refund");
        assertThat(desk.locator(".refund")).containsText("900.00");
        assertAccessible(desk);
        desk.locator(".propose-refund").click();
        assertThat(desk.locator(".refund")).containsText("已提出");
        assertThat(desk.locator(".approve-refund")).hasCount(0);
        assertAccessible(desk);

        var checker = staffPage(finance);
        reloadUntil(checker, "/cases/" + id + "/fees", ".approve-refund");
        assertAccessible(checker);
        checker.locator(".approve-refund").click();

        // the refund went back through the gateway and the ledger balances to zero
        assertThat(checker.locator(".refund")).containsText("已退还");
        assertThat(checker.locator("#ledger-outstanding")).hasText("尚欠诉讼费 0.00 元；待退还 0.00 元。");
        assertAccessible(checker);
        party.navigate(url("/cases/" + id + "/fees"));
        assertThat(party.locator("#ledger-outstanding")).hasText("Still owed: 0.00 yuan; to be refunded: 0.00 yuan.");
        assertThat(party.locator("table").last()).containsText("Refund paid");
        assertAccessible(party);
    }

    private Page staffPage(CreateAccount.Created account) {
        var page = browser.newPage();
        signIn(page, account.username());
        page.getByLabel("六位验证码").fill(IdentityFixtures.totp(account.totpSecret()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认"))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录")))
                .isVisible();
        return page;
    }

    /** Reloads the page until something produced in the background (a notice, a receipt, a refund) is there. */
    private void reloadUntil(Page page, String path, String selector) {
        await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    page.navigate(url(path));
                    return page.locator(selector).count() > 0;
                });
    }

    /** The text of a PDF as poppler's pdftotext reads it. */
    private static String text(byte[] pdf) throws Exception {
        var file = Files.createTempFile("receipt", ".pdf");
        try {
            Files.write(file, pdf);
            var process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(process.waitFor()).isZero();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private String registeredCase(String plaintiff, String clerk) {
        var defendant = IdentityFixtures.username("defendant");
        var id = docket.open(new NewCase(
                COURT,
                CaseTypeCode.of("民初"),
                Procedure.ORDINARY,
                CauseOfAction.named("民间借贷纠纷"),
                AmountInDispute.of("80000.00"),
                List.of(
                        new Party(PartyRole.PLAINTIFF, PartyKind.NATURAL_PERSON, "张三", "P-" + plaintiff, plaintiff),
                        new Party(PartyRole.DEFENDANT, PartyKind.NATURAL_PERSON, "李四", "D-" + defendant, defendant)),
                List.of(),
                plaintiff));
        registerCase.register(id, clerk, RegisterCase.Decision.byDefault());
        return id.value().toString();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(IdentityFixtures.PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
    }
}
