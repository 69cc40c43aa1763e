package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.notifications.People;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.Mailbox;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class NotificationPreferencesJourney {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aLitigantTurnsOffTextsSendsAMessageToThemselvesAndUnsubscribesFromEmail() throws Exception {
        var person = People.register(port, "en");
        var page = browser.newPage("en");
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(person.username());
        page.getByLabel("Password").fill(IdentityFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        page.navigate("http://localhost:" + port + "/inbox");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notification preferences"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Notification preferences");
        assertThat(page.getByLabel("E-mail")).isChecked();
        assertAccessible(page);

        page.getByLabel("Text message").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your preferences were saved.");
        assertThat(page.getByLabel("Text message")).not().isChecked();
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a test message"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The test message is on its way");
        assertAccessible(page);

        var mail = Mailbox.awaitMail(person.email());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Notification preferences");
        var unsubscribe = mail.header("List-Unsubscribe").replaceAll("[<>]", "");
        var visitor = browser.newPage("en");
        visitor.navigate(unsubscribe);
        assertThat(visitor.getByText("Stop reminders and alerts by e-mail?")).isVisible();
        assertAccessible(visitor);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unsubscribe"))
                .click();
        assertThat(visitor.getByRole(AriaRole.STATUS)).hasText("Unsubscribed: no more reminders and alerts by e-mail.");
        assertAccessible(visitor);

        page.navigate("http://localhost:" + port + "/notifications/preferences");
        assertThat(page.getByLabel("E-mail")).not().isChecked();
        page.navigate("http://localhost:" + port + "/sandbox-sms");
        assertThat(page.getByText("No texts yet.")).isVisible();
        assertAccessible(page);
        page.navigate("http://localhost:" + port + "/inbox");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Unread Test message")))
                .isVisible();
        assertAccessible(page);
    }
}
