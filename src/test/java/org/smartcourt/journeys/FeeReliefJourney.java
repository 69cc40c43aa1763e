package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
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
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A plaintiff who cannot pay applies for fee relief online; a clerk grants a reduction instead of the waiver asked. */
@CourtIntegrationTest
class FeeReliefJourney {

    private static final CourtCode COURT = CourtCode.of("鲁0102");

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
    void aPlaintiffAppliesForAWaiverAndTheClerkGrantsAHalfReduction() throws Exception {
        var plaintiff = IdentityFixtures.username("relief");
        new IdentityFixtures(port)
                .post("/api/v1/accounts", IdentityFixtures.naturalPerson(plaintiff, IdentityFixtures.residentId()));
        var clerk = staff.open("CLERK", COURT, "王立案");
        var id = registeredCase(plaintiff, clerk.username());

        var party = browser.newPage("en");
        signIn(party, plaintiff);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
            party.navigate(url("/cases/" + id + "/fees"));
            return party.locator(".notice-amount").count() > 0;
        });
        assertThat(party.locator(".notice-amount")).containsText("1800.00");
        assertAccessible(party);
        party.locator("#relief-link").click();
        assertThat(party.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Fee relief");
        assertAccessible(party);

        // an empty application is explained next to each field
        party.locator("#apply-relief").click();
        assertThat(party.locator("#kind-error")).hasText("Choose deferral, reduction or waiver.");
        assertThat(party.locator("#kind-WAIVER")).hasAttribute("aria-invalid", "true");
        assertThat(party.locator("#evidence-error")).containsText("Art. 48 para. 1");
        assertAccessible(party);

        party.getByLabel("Waiver (pay nothing)", new Page.GetByLabelOptions().setExact(false))
                .check();
        party.locator("#ground-MINIMUM_LIVING_GUARANTEE").check();
        party.getByLabel("Your written application: why you cannot pay")
                .fill("I live on the minimum living guarantee and have no other income.");
        party.getByLabel("Proof of the hardship (PDF, JPEG or PNG)")
                .setInputFiles(new FilePayload(
                        "guarantee.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% minimum living guarantee certificate\n".getBytes(StandardCharsets.US_ASCII)));
        party.locator("#apply-relief").click();
        assertThat(party.locator("#relief-applied")).isVisible();
        assertThat(party.locator(".relief-status")).hasText("Waiting for the court's decision");
        assertAccessible(party);

        var desk = browser.newPage();
        signIn(desk, clerk.username());
        desk.getByLabel("六位验证码").fill(IdentityFixtures.totp(clerk.totpSecret()));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认"))
                .click();
        desk.navigate(url("/staff/fee-relief"));
        assertAccessible(desk);
        desk.locator("a[href*='/staff/fee-relief/" + id + "/']").click();
        assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("司法救助申请");
        assertAccessible(desk);
        desk.locator("#outcome-GRANT").check();
        desk.locator("#kind-REDUCTION").check();
        desk.getByLabel("准予减交的比例（%，不低于30）").fill("20");
        desk.locator("#decide-relief").click();
        assertThat(desk.locator("#reductionPercent-error")).containsText("第四十六条第二款");
        assertThat(desk.locator("#reductionPercent")).hasAttribute("aria-invalid", "true");
        assertAccessible(desk);
        desk.getByLabel("准予减交的比例（%，不低于30）").fill("50");
        desk.getByLabel("理由").fill("申请人有低保证明，但案件标的较小，酌情减交一半。");
        desk.locator("#decide-relief").click();
        assertThat(desk.getByRole(AriaRole.STATUS)).hasText("决定已记录。");
        assertAccessible(desk);

        party.navigate(url("/cases/" + id + "/fees"));
        assertThat(party.locator(".notice-amount-due")).containsText("900.00");
        assertThat(party.locator(".relief-summary")).containsText("Granted");
        assertAccessible(party);
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
