package org.smartcourt.notifications;

import java.util.concurrent.ThreadLocalRandom;
import org.smartcourt.identity.IdentityFixtures;

/** Registers people with their own e-mail address, mobile number and language, for the notification tests. */
public final class People {

    /** A registered person and how to reach them. */
    public record Person(String username, String email, String mobile, String token) {}

    private People() {}

    public static Person register(int port, String language) throws Exception {
        var http = new IdentityFixtures(port);
        var username = IdentityFixtures.username("notified");
        var email = username + "@example.test";
        var mobile = mobile();
        var registered = http.post("/api/v1/accounts", """
                {"kind":"NATURAL_PERSON","username":"%s","password":"%s","name":"测试人","idNumber":"%s",\
                "mobile":"%s","email":"%s","language":"%s"}""".formatted(
                        username, IdentityFixtures.PASSWORD, IdentityFixtures.residentId(), mobile, email, language));
        if (registered.statusCode() != 201) {
            throw new IllegalStateException(registered.statusCode() + " " + registered.body());
        }
        var token = IdentityFixtures.token(http.login(username, IdentityFixtures.PASSWORD, null));
        return new Person(username, email, mobile, token);
    }

    /** A mainland mobile number no other test uses (in all likelihood). */
    public static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
