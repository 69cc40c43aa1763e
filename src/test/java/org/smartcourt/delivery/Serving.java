package org.smartcourt.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.AmountInDispute;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CauseOfAction;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyKind;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.documents.Documents;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.StaffAccounts;
import tools.jackson.databind.JsonNode;

/**
 * Registered cases with people who have accounts, e-mail addresses and mobile numbers of their own, a clerk signed in
 * to the API, and a small HTTP client for the service tests.
 */
public final class Serving {

    public static final CourtCode COURT = CourtCode.of("鲁0102");

    /** A registered person: username, ID number, e-mail, mobile and bearer token. */
    public record Person(String username, String idNumber, String email, String mobile, String token) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final Docket docket;
    private final RegisterCase registerCase;
    private final StaffAccounts staff;

    public Serving(int port, Docket docket, RegisterCase registerCase, StaffAccounts staff) {
        this.port = port;
        this.docket = docket;
        this.registerCase = registerCase;
        this.staff = staff;
    }

    public Person person(String language) throws Exception {
        var api = new IdentityFixtures(port);
        var username = IdentityFixtures.username("served");
        var idNumber = IdentityFixtures.residentId();
        var email = username.toLowerCase(java.util.Locale.ROOT) + "@example.test";
        var mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var registered = api.post("/api/v1/accounts", """
                {"kind":"NATURAL_PERSON","username":"%s","password":"%s","name":"测试人","idNumber":"%s",\
                "mobile":"%s","email":"%s","language":"%s"}""".formatted(
                        username, IdentityFixtures.PASSWORD, idNumber, mobile, email, language));
        if (registered.statusCode() != 201) {
            throw new IllegalStateException(registered.statusCode() + " " + registered.body());
        }
        var token = IdentityFixtures.token(api.login(username, IdentityFixtures.PASSWORD, null));
        return new Person(username, idNumber, email, mobile, token);
    }

    /** A clerk of the court and its bearer token. */
    public Clerk clerk(CourtCode court, String name) throws Exception {
        var created = staff.open("CLERK", court, name);
        var api = new IdentityFixtures(port);
        var token = IdentityFixtures.token(
                api.login(created.username(), IdentityFixtures.PASSWORD, IdentityFixtures.totp(created.totpSecret())));
        return new Clerk(created.username(), token);
    }

    /** A clerk's username and bearer token. */
    public record Clerk(String username, String token) {}

    /**
     * Files a case (the plaintiff files it online itself) and registers it.
     *
     * @param defendant the defendant's account, or null for a defendant without one
     */
    public UUID registeredCase(
            CourtCode court, Procedure procedure, Person plaintiff, @Nullable Person defendant, String clerk) {
        var defendantId = defendant == null ? IdentityFixtures.residentId() : defendant.idNumber();
        var id = docket.open(new NewCase(
                court,
                CaseTypeCode.of("民初"),
                procedure,
                CauseOfAction.named("民间借贷纠纷"),
                AmountInDispute.of("50000.00"),
                List.of(
                        new Party(
                                PartyRole.PLAINTIFF,
                                PartyKind.NATURAL_PERSON,
                                "张原告",
                                plaintiff.idNumber(),
                                plaintiff.username()),
                        new Party(
                                PartyRole.DEFENDANT,
                                PartyKind.NATURAL_PERSON,
                                "李被告",
                                defendantId,
                                defendant == null ? null : defendant.username())),
                List.of(),
                plaintiff.username()));
        registerCase.register(id, clerk, RegisterCase.Decision.byDefault());
        return id.value();
    }

    public static CaseId caseId(UUID id) {
        return new CaseId(id);
    }

    /** A one-page PDF rendered by the platform, unsealed. */
    public static byte[] pdf(Documents documents, String text) {
        return documents.renderUnsealed("传票", null, "<p>" + text + "</p>");
    }

    public HttpResponse<String> get(String path, String token, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String token, String json, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(
                request.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a multipart form: a PDF under {@code file} and text fields (name, value pairs). */
    public HttpResponse<String> upload(String path, String token, byte[] pdf, String... fields) throws Exception {
        var boundary = "----smartcourt" + UUID.randomUUID();
        var body = new ArrayList<byte[]>();
        for (var i = 0; i + 1 < fields.length; i += 2) {
            body.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.add(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"summons.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.add(pdf);
        body.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return IdentityFixtures.JSON.readTree(response.body());
    }

    /** Confirms the person's own service address in the case, with consent and these channels besides the inbox. */
    public HttpResponse<String> confirmAddress(UUID caseId, Person person, boolean consent, String... channels)
            throws Exception {
        var list = String.join(
                ",", java.util.Arrays.stream(channels).map(c -> "\"" + c + "\"").toList());
        return post("/api/v1/cases/" + caseId + "/service-addresses", person.token(), """
                {"consent":%s,"channels":[%s],"email":"%s","mobile":"%s","postcode":"250000",\
                "address":"济南市历下区泉城路1号","phone":"0531-12345678","domicileAbroad":false}""".formatted(
                        consent, list, person.email(), person.mobile()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
