package org.smartcourt.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.support.ChildApplication;
import org.smartcourt.support.CourtIntegrationTest;

@CourtIntegrationTest
class NodeCrashIT {

    @Test
    void aNodeKilledWithoutWarningComesBackOnItsOwnDataWithNothingLost() throws Exception {
        try (var node = ChildApplication.start("crash")) {
            var api = new IdentityFixtures(node.port());
            var username = IdentityFixtures.username("crash");
            var registered = api.post(
                    "/api/v1/accounts", IdentityFixtures.naturalPerson(username, IdentityFixtures.residentId()));
            assertThat(registered.statusCode()).isEqualTo(201);

            node.kill();
            node.restart();

            var login = api.login(username, IdentityFixtures.PASSWORD, null);
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(Files.readString(Path.of("target", "child-crash.log")))
                    .contains("left running by a node that did not shut down");
        }
    }
}
