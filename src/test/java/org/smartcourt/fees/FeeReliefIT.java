package org.smartcourt.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.json;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.smartcourt.fees.application.CheckUnpaidNotices;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@CourtIntegrationTest
class FeeReliefIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");
    private static final byte[] PDF = "%PDF-1.4\n% proof of hardship\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    RegisterCase registerCase;

    @Autowired
    StaffAccounts staff;

    @Autowired
    CheckUnpaidNotices unpaid;

    private IdentityFixtures api;
    private String plaintiff;
    private String plaintiffToken;
    private String clerk;
    private String clerkToken;

    @BeforeEach
    void accounts() throws Exception {
        api = new IdentityFixtures(port);
        plaintiff = IdentityFixtures.username("needy");
        var registered =
                api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(plaintiff, IdentityFixtures.residentId()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        plaintiffToken = IdentityFixtures.token(api.login(plaintiff, PASSWORD, null));
        var clerkAccount = staff.open("CLERK", COURT, "王立案");
        clerk = clerkAccount.username();
        clerkToken = staffToken(clerkAccount);
    }

    @Test
    void aPendingApplicationHoldsOffWithdrawalAndTheCourtGrantsAReductionInsteadOfTheWaiverAsked() throws Exception {
        // given a registered case whose fee notice asks 1,800 yuan (Art. 13(1))
        var defendant = IdentityFixtures.username("defendant");
        var defendantToken = litigant(defendant);
        var id = registeredCase(PartyKind.NATURAL_PERSON, defendant);
        var notice = awaitNotice(id);
        assertThat(notice.get("amountDue").asString()).isEqualTo("1800.00");

        // when the plaintiff applies for a waiver on a ground of Art. 45, with proof
        var applied = apply(
                id,
                plaintiffToken,
                "zh-CN",
                Map.of(
                        "kind", List.of("WAIVER"),
                        "grounds", List.of("MINIMUM_LIVING_GUARANTEE"),
                        "statement", List.of("本人领取最低生活保障金，无其他收入。")));

        // then the application waits for the court, and a second one is refused while it does
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        var application = json(applied);
        assertThat(application.get("status").asString()).isEqualTo("PENDING");
        assertThat(application.get("grounds").get(0).get("legalBasis").asString())
                .isEqualTo("诉讼费用交纳办法第四十五条第（三）项");
        assertThat(applied.headers().firstValue("Location"))
                .hasValue("/api/v1/cases/" + id + "/fee-relief/"
                        + application.get("id").asString());
        var again = apply(
                id,
                plaintiffToken,
                "en",
                Map.of("kind", List.of("WAIVER"), "grounds", List.of("OTHER_WAIVER"), "statement", List.of("again")));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("/problems/fee-relief-pending").contains("already waiting");

        // and the defendant sees neither the application nor its evidence
        var byDefendant = api.get("/api/v1/cases/" + id + "/fee-relief", bearer(defendantToken));
        assertThat(byDefendant.statusCode()).isEqualTo(403);

        // when the deadline passes while the application is pending
        unpaid.check(LocalDate.parse(notice.get("deadline").asString()).plusDays(1));

        // then the judges' task says relief is pending, not "treat as withdrawn"
        var judgeToken = staffToken(staff.open("JUDGE", COURT, "李法官"));
        var tasks = api.get("/api/v1/staff/tasks", bearer(judgeToken, "Accept-Language", "en"));
        var unpaidTask = task(tasks, id, "FEE_UNPAID");
        assertThat(unpaidTask.get("text").asString())
                .contains("fee relief is pending")
                .doesNotContain("Art. 213");
        assertThat(task(tasks, id, "FEE_RELIEF")).isNotNull();

        // when the clerk grants a 50 % reduction instead, with an Idempotency-Key, twice
        var decisionPath =
                "/api/v1/cases/" + id + "/fee-relief/" + application.get("id").asString() + "/decision";
        var key = UUID.randomUUID().toString();
        var decision = "{\"outcome\":\"GRANT\",\"kind\":\"REDUCTION\",\"reductionPercent\":50,"
                + "\"reasons\":\"收入虽低，但非低保对象\"}";
        var granted = api.post(decisionPath, decision, bearer(clerkToken, "Idempotency-Key", key));
        var replayed = api.post(decisionPath, decision, bearer(clerkToken, "Idempotency-Key", key));

        // then half the fee is written off and the rest is due again, once
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(json(granted).get("granted").get("kind").asString()).isEqualTo("REDUCTION");
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        var relieved = awaitNotice(id);
        assertThat(relieved.get("amount").asString()).isEqualTo("1800.00");
        assertThat(relieved.get("amountDue").asString()).isEqualTo("900.00");
        assertThat(relieved.get("status").asString()).isEqualTo("UNPAID");
        assertThat(LocalDate.parse(relieved.get("deadline").asString())).isAfterOrEqualTo(LocalDate.now());
        var ledger = json(api.get("/api/v1/cases/" + id + "/ledger", bearer(plaintiffToken)));
        assertThat(kinds(ledger)).containsExactly("CHARGE", "WRITE_OFF");
        assertThat(ledger.get("outstanding").asString()).isEqualTo("900.00");
        assertThat(ledger.get("balanced").asBoolean()).isTrue();

        // and the same decision again without a key changes nothing, another decision is refused
        var same = api.post(decisionPath, decision, bearer(clerkToken));
        var other = api.post(decisionPath, "{\"outcome\":\"REFUSE\",\"reasons\":\"不符合条件\"}", bearer(clerkToken));
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.body()).contains("/problems/fee-relief-decided");
        assertThat(kinds(json(api.get("/api/v1/cases/" + id + "/ledger", bearer(plaintiffToken)))))
                .containsExactly("CHARGE", "WRITE_OFF");

        // and the tasks are done, the timeline tells the parties, the plaintiff sees the decision
        var after = api.get("/api/v1/staff/tasks", bearer(judgeToken));
        assertThat(after.body()).doesNotContain(id.toString());
        var timeline = api.get("/api/v1/cases/" + id + "/timeline", bearer(defendantToken, "Accept-Language", "en"));
        assertThat(timeline.body())
                .contains("applied for a waiver of the litigation costs")
                .contains("reduced by 50%; 900.00 yuan to pay");
        var seen = json(api.get("/api/v1/cases/" + id + "/fee-relief", bearer(plaintiffToken)))
                .get(0);
        assertThat(seen.get("status").asString()).isEqualTo("GRANTED");
        assertThat(seen.get("reasons").asString()).isEqualTo("收入虽低，但非低保对象");
        var evidence = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + seen.get("evidence").get(0).get("url").asString()))
                                .header("Authorization", "Bearer " + clerkToken)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(evidence.statusCode()).isEqualTo(200);
        assertThat(evidence.body()).isEqualTo(PDF);
    }

    @Test
    void aLegalPersonAskingAWaiverAndAReductionBelowThirtyPercentAreToldWhatIsWrongField() throws Exception {
        var id = registeredCase(PartyKind.LEGAL_PERSON, IdentityFixtures.username("defendant"));
        awaitNotice(id);

        var waiver = apply(
                id,
                plaintiffToken,
                "zh-CN",
                Map.of("kind", List.of("WAIVER"), "grounds", List.of("OTHER_WAIVER"), "statement", List.of("经营困难")));
        var reduction = apply(
                id,
                plaintiffToken,
                "en",
                Map.of(
                        "kind", List.of("REDUCTION"),
                        "grounds", List.of("FORCE_MAJEURE_HARDSHIP", "LEGAL_AID"),
                        "reductionPercent", List.of("20"),
                        "statement", List.of("flooded")));

        assertThat(waiver.statusCode()).isEqualTo(400);
        assertThat(waiver.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = json(waiver);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/fee-relief-invalid");
        assertThat(error(problem, "kind")).contains("免交只适用于自然人").contains("第四十四条第二款");
        assertThat(reduction.statusCode()).isEqualTo(400);
        assertThat(error(json(reduction), "reductionPercent"))
                .isEqualTo("A reduction of 20% is below the minimum of 30% (Measures, Art. 46 para. 2).");
        assertThat(error(json(reduction), "grounds"))
                .contains("Receiving legal aid")
                .contains("Art. 47 item (3)")
                .contains("supports Deferral");
        assertThat(json(api.get("/api/v1/cases/" + id + "/fee-relief", bearer(plaintiffToken))))
                .isEmpty();
    }

    @Test
    void onlyTheCaseCourtDecidesARefusalNeedsReasonsAndAWaiverLeavesNothingToPay() throws Exception {
        var id = registeredCase(PartyKind.NATURAL_PERSON, IdentityFixtures.username("defendant"));
        awaitNotice(id);
        var applied = json(apply(
                id,
                plaintiffToken,
                "zh-CN",
                Map.of(
                        "kind", List.of("WAIVER"),
                        "grounds", List.of("SUPPORT_OR_PENSION_CLAIM"),
                        "statement", List.of("追索抚育费"))));
        var decisionPath =
                "/api/v1/cases/" + id + "/fee-relief/" + applied.get("id").asString() + "/decision";
        var elsewhere = staffToken(staff.open("CLERK", CourtCode.of("鲁0103"), "外院书记员"));
        var pending = json(api.get("/api/v1/staff/fee-relief", bearer(clerkToken)));
        assertThat(pending.toString()).contains(applied.get("id").asString());

        var byOtherCourt = api.post(decisionPath, "{\"outcome\":\"GRANT\",\"kind\":\"WAIVER\"}", bearer(elsewhere));
        var byApplicant = api.post(decisionPath, "{\"outcome\":\"GRANT\",\"kind\":\"WAIVER\"}", bearer(plaintiffToken));
        var unreasoned =
                api.post(decisionPath, "{\"outcome\":\"REFUSE\"}", bearer(clerkToken, "Accept-Language", "en"));
        var waived = api.post(decisionPath, "{\"outcome\":\"GRANT\",\"kind\":\"WAIVER\"}", bearer(clerkToken));

        assertThat(byOtherCourt.statusCode()).isEqualTo(403);
        assertThat(byApplicant.statusCode()).isEqualTo(403);
        assertThat(byApplicant.body()).contains("/problems/fees-not-relief-decider");
        assertThat(unreasoned.statusCode()).isEqualTo(400);
        assertThat(error(json(unreasoned), "reasons")).contains("Art. 48 para. 3");
        assertThat(waived.statusCode()).as(waived.body()).isEqualTo(200);
        var notice = awaitNotice(id);
        assertThat(notice.get("status").asString()).isEqualTo("WAIVED");
        assertThat(notice.get("amountDue").asString()).isEqualTo("0.00");
        var ledger = json(api.get("/api/v1/cases/" + id + "/ledger", bearer(plaintiffToken)));
        assertThat(ledger.get("outstanding").asString()).isEqualTo("0.00");
        assertThat(kinds(ledger)).containsExactly("CHARGE", "WRITE_OFF");
        var pay = api.post(
                "/api/v1/cases/" + id + "/fee-notices/" + notice.get("id").asString() + "/payment",
                "{}",
                bearer(plaintiffToken));
        assertThat(pay.statusCode()).isEqualTo(409);
    }

    private UUID registeredCase(PartyKind plaintiffKind, String defendant) {
        var id = docket.open(new NewCase(
                COURT,
                CaseTypeCode.of("民初"),
                Procedure.ORDINARY,
                CauseOfAction.named("民间借贷纠纷"),
                AmountInDispute.of("80000.00"),
                List.of(
                        new Party(PartyRole.PLAINTIFF, plaintiffKind, "张三", "P-" + plaintiff, plaintiff),
                        new Party(PartyRole.DEFENDANT, PartyKind.NATURAL_PERSON, "李四", "D-" + defendant, defendant)),
                List.of(),
                plaintiff));
        registerCase.register(id, clerk, RegisterCase.Decision.byDefault());
        return id.value();
    }

    private String litigant(String username) throws Exception {
        var registered =
                api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(username, IdentityFixtures.residentId()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return IdentityFixtures.token(api.login(username, PASSWORD, null));
    }

    private JsonNode awaitNotice(UUID id) {
        var path = "/api/v1/cases/" + id + "/fee-notices";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(path, bearer(plaintiffToken)).statusCode() == 200);
        try {
            return json(api.get(path, bearer(plaintiffToken))).get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts the fields and one PDF as multipart/form-data, as a browser or an app would. */
    private HttpResponse<String> apply(UUID id, String token, String language, Map<String, List<String>> fields)
            throws Exception {
        var boundary = "----relief" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            for (var value : field.getValue()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"低保证.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PDF);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/cases/" + id + "/fee-relief"))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept-Language", language)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String error(JsonNode problem, String field) {
        for (var error : problem.get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("No error on " + field + " in " + problem);
    }

    private static JsonNode task(HttpResponse<String> tasks, UUID caseId, String kind) {
        for (var task : json(tasks)) {
            if (task.get("caseId").asString().equals(caseId.toString())
                    && task.get("kind").asString().equals(kind)) {
                return task;
            }
        }
        throw new AssertionError("No " + kind + " task for " + caseId + " in " + tasks.body());
    }

    private static List<String> kinds(JsonNode ledger) {
        var kinds = new ArrayList<String>();
        ledger.get("transactions")
                .forEach(transaction -> kinds.add(transaction.get("kind").asString()));
        return kinds;
    }

    private String staffToken(CreateAccount.Created account) throws Exception {
        return IdentityFixtures.token(
                api.login(account.username(), PASSWORD, IdentityFixtures.totp(account.totpSecret())));
    }

    private static String[] bearer(String token, String... more) {
        var headers = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        headers.addAll(List.of(more));
        return headers.toArray(String[]::new);
    }
}
