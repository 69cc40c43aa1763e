package org.smartcourt.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.smartcourt.identity.domain.Base32;
import org.smartcourt.identity.domain.Totp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unique test data and a small HTTP client for the identity ITs. */
public final class IdentityFixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger sequence = new AtomicInteger();
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public IdentityFixtures(int port) {
        this.port = port;
    }

    /** A username no other test uses. */
    public static String username(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + sequence.incrementAndGet();
    }

    /** A random resident ID number with a valid check character, born in the 1970s to 1990s. */
    public static String residentId() {
        var random = ThreadLocalRandom.current();
        var birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(365 * 30));
        var first17 = "3701" + String.format("%02d", random.nextInt(1, 99))
                + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A random unified social credit code with a valid check character. */
    public static String creditCode() {
        var random = ThreadLocalRandom.current();
        var first17 = "91370102" + "MA" + String.format("%07d", random.nextInt(10_000_000));
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** Changes the check character so that the number is wrong in exactly that way. */
    public static String withWrongCheckDigit(String idNumber) {
        var check = idNumber.charAt(17);
        var wrong = check == '1' ? '2' : '1';
        return idNumber.substring(0, 17) + wrong;
    }

    public static String totp(String base32Secret) {
        return Totp.code(Base32.decode(base32Secret), Instant.now());
    }

    public static String naturalPerson(String username, String idNumber) {
        return """
                {"kind":"NATURAL_PERSON","username":"%s","password":"%s","name":"测试人","idNumber":"%s",\
                "mobile":"13900000000"}""".formatted(username, PASSWORD, idNumber);
    }

    public HttpResponse<String> post(String path, String json, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> login(String username, String password, String totp) throws Exception {
        var body = totp == null
                ? "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)
                : "{\"username\":\"%s\",\"password\":\"%s\",\"totp\":\"%s\"}".formatted(username, password, totp);
        return post("/api/v1/auth/login", body);
    }

    /** Registers a natural person and returns a bearer token for them. */
    public String registeredLitigantToken() throws Exception {
        var username = username("litigant");
        var registered = post("/api/v1/accounts", naturalPerson(username, residentId()));
        if (registered.statusCode() != 201) {
            throw new IllegalStateException(registered.body());
        }
        return token(login(username, PASSWORD, null));
    }

    public static String token(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return json(response).get("accessToken").asString();
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
