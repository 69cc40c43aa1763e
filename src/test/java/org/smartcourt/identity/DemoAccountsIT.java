package org.smartcourt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.json;

import org.junit.jupiter.api.Test;
import org.smartcourt.identity.application.SeedDemoAccounts;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class DemoAccountsIT {

    @LocalServerPort
    int port;

    @Autowired
    SeedDemoAccounts seedDemoAccounts;

    @Test
    void theDemoAccountsAreSeededOnceAndTheirHoldersCanSignIn() throws Exception {
        var api = new IdentityFixtures(port);
        seedDemoAccounts.seed();

        assertThat(seedDemoAccounts.seed()).as("seeding again opens nothing").isEmpty();

        var litigant = api.login("demo-litigant", SeedDemoAccounts.PASSWORD, null);
        var me = api.get("/api/v1/me", "Authorization", "Bearer " + IdentityFixtures.token(litigant));
        assertThat(json(me).get("verified").asBoolean()).isTrue();

        var lawyer = api.login("demo-lawyer", SeedDemoAccounts.PASSWORD, null);
        var lawyerMe = api.get("/api/v1/me", "Authorization", "Bearer " + IdentityFixtures.token(lawyer));
        assertThat(json(lawyerMe).get("licenceNumber").asString()).hasSize(17);
        assertThat(json(lawyerMe).get("verified").asBoolean()).isTrue();

        var clerkSecret = secretOf("demo-clerk");
        var clerk = api.login("demo-clerk", SeedDemoAccounts.PASSWORD, IdentityFixtures.totp(clerkSecret));
        var court = api.get("/api/v1/staff/court", "Authorization", "Bearer " + IdentityFixtures.token(clerk));
        assertThat(json(court).get(0).get("court").asString()).isEqualTo("鲁0102");
        assertThat(court.body()).contains("demo-judge", "demo-president", "demo-finance");

        var mediator = api.login("demo-mediator", SeedDemoAccounts.PASSWORD, null);
        assertThat(mediator.statusCode()).isEqualTo(200);
    }

    private static String secretOf(String username) {
        return SeedDemoAccounts.ACCOUNTS.stream()
                .filter(account -> account.username().equals(username))
                .findFirst()
                .orElseThrow()
                .totpSecret();
    }
}
