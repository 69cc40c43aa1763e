package org.smartcourt.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.json;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.smartcourt.docket.application.WithdrawCase;
import org.smartcourt.fees.application.CheckUnpaidNotices;
import org.smartcourt.fees.payment.GatewaySignature;
import org.smartcourt.fees.payment.SandboxProperties;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.identity.application.GrantRequest;
import org.smartcourt.identity.application.Registration;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@CourtIntegrationTest
class PaymentsIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    RegisterCase registerCase;

    @Autowired
    WithdrawCase withdrawCase;

    @Autowired
    StaffAccounts staff;

    @Autowired
    CreateAccount createAccount;

    @Autowired
    CheckUnpaidNotices unpaid;

    @Autowired
    SandboxProperties sandbox;

    @Autowired
    JdbcClient jdbc;

    private IdentityFixtures api;
    private String plaintiff;
    private String plaintiffToken;
    private String clerk;
    private String clerkToken;

    @BeforeEach
    void accounts() throws Exception {
        api = new IdentityFixtures(port);
        plaintiff = IdentityFixtures.username("payer");
        var registered =
                api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(plaintiff, IdentityFixtures.residentId()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        plaintiffToken = IdentityFixtures.token(api.login(plaintiff, PASSWORD, null));
        var clerkAccount = staff.open("CLERK", COURT, "王立案");
        clerk = clerkAccount.username();
        clerkToken = staffToken(clerkAccount);
    }

    @Test
    void aRegisteredCaseIsPaidThroughTheGatewayAndHalfRefundedOnWithdrawal() throws Exception {
        // given a registered ordinary-procedure case of 80,000 yuan
        var id = registeredCase(Procedure.ORDINARY);

        // then the plaintiff has a fee notice for the engine's fee: 50 + 2.5 % of 70,000 = 1,800 (Art. 13(1))
        var notice = awaitNotice(id);
        assertThat(notice.get("amount").asString()).isEqualTo("1800.00");
        assertThat(notice.get("status").asString()).isEqualTo("UNPAID");
        assertThat(notice.get("documentHash").asString()).hasSize(64);
        assertThat(LocalDate.parse(notice.get("deadline").asString()))
                .isAfterOrEqualTo(LocalDate.now().plusDays(7));

        // and a reminder waits for the plaintiff by inbox, e-mail and SMS, two days before the deadline
        var reminderKey = "fee-due:" + notice.get("id").asString() + ":"
                + notice.get("deadline").asString();
        assertThat(reminderStates(reminderKey)).isNotEmpty().containsOnly("QUEUED");

        // when the plaintiff pays on the sandbox's hosted page, over HTTP
        var order = json(api.post(
                "/api/v1/cases/" + id + "/fee-notices/" + notice.get("id").asString() + "/payment",
                "{}",
                bearer(plaintiffToken)));
        var returned = payOnHostedPage(order.get("payUrl").asString());
        assertThat(returned).contains("/cases/" + id + "/fees?order=");

        // then the booking follows the gateway's asynchronous notification, not the redirect
        var orderPath = "/api/v1/cases/" + id + "/payment-orders/"
                + order.get("orderId").asString();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> json(api.get(orderPath, bearer(plaintiffToken)))
                        .get("status")
                        .asString()
                        .equals("PAID"));
        var ledger = json(api.get("/api/v1/cases/" + id + "/ledger", bearer(plaintiffToken)));
        assertThat(ledger.get("balanced").asBoolean()).isTrue();
        assertThat(ledger.get("outstanding").asString()).isEqualTo("0.00");
        assertThat(kinds(ledger)).containsExactly("CHARGE", "PAYMENT");

        // and the fee-due reminder is taken back
        assertThat(reminderStates(reminderKey)).isNotEmpty().containsOnly("CANCELLED");

        // and a sealed receipt can be downloaded
        var payments = api.get("/api/v1/cases/" + id + "/payments", bearer(plaintiffToken));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !json(api.get("/api/v1/cases/" + id + "/payments", bearer(plaintiffToken)))
                        .get(0)
                        .get("receiptUrl")
                        .isNull());
        var receiptUrl = json(api.get("/api/v1/cases/" + id + "/payments", bearer(plaintiffToken)))
                .get(0)
                .get("receiptUrl")
                .asString();
        var receipt = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + receiptUrl))
                                .header("Authorization", "Bearer " + plaintiffToken)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(payments.statusCode()).isEqualTo(200);
        assertThat(new String(receipt.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // and English translations of the notice and the receipt can be read beside the sealed Chinese documents
        var english = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + receiptUrl.replace(".pdf", "/english.pdf")))
                                .header("Authorization", "Bearer " + plaintiffToken)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(pdfText(english.body()))
                .contains("Electronic receipt for litigation costs")
                .contains("Amount: 1800.00 yuan")
                .contains("English translation");
        var noticeInEnglish = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + id
                                        + "/fee-notices/" + notice.get("id").asString() + "/english.pdf"))
                                .header("Authorization", "Bearer " + plaintiffToken)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdfText(noticeInEnglish.body()))
                .contains("Notice to pay litigation costs")
                .contains("1800.00 yuan");

        // when the case is withdrawn
        withdrawCase.withdraw(new CaseId(id), plaintiff);

        // then half the fee is due back (Art. 15), a clerk proposes it and a finance officer approves it
        await().atMost(Duration.ofSeconds(20))
                .until(() -> json(api.get("/api/v1/cases/" + id + "/refunds", bearer(plaintiffToken)))
                                .size()
                        == 1);
        var makerToken = staffToken(clerkWhoIsAlsoFinance());
        var proposed = api.post("/api/v1/cases/" + id + "/refunds", "{\"ground\":\"WITHDRAWAL\"}", bearer(makerToken));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        assertThat(json(proposed).get("amount").asString()).isEqualTo("900.00");
        assertThat(json(proposed).get("status").asString()).isEqualTo("PROPOSED");
        var refundId = json(proposed).get("id").asString();

        var byProposer =
                api.post("/api/v1/cases/" + id + "/refunds/" + refundId + "/approval", "{}", bearer(makerToken));
        var financeToken = staffToken(staff.open("FINANCE", COURT, "赵财务"));
        var approved =
                api.post("/api/v1/cases/" + id + "/refunds/" + refundId + "/approval", "{}", bearer(financeToken));

        assertThat(byProposer.statusCode()).isEqualTo(403);
        assertThat(byProposer.body()).contains("/problems/refund-maker-checker");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved).get("status").asString()).isEqualTo("REFUNDED");
        var settled = json(api.get("/api/v1/cases/" + id + "/ledger", bearer(plaintiffToken)));
        assertThat(settled.get("balanced").asBoolean()).isTrue();
        assertThat(settled.get("outstanding").asString()).isEqualTo("0.00");
        assertThat(settled.get("refundsOutstanding").asString()).isEqualTo("0.00");
        assertThat(kinds(settled)).containsExactly("CHARGE", "PAYMENT", "REFUND_DUE", "REFUND_PAID");

        // and the day's reconciliation finds the payment and the refund at the gateway
        var reconciliation = api.post(
                "/api/v1/admin/reconciliation?date=" + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                "",
                bearer(financeToken));
        assertThat(reconciliation.statusCode()).as(reconciliation.body()).isEqualTo(200);
        var transactionId = settled.get("transactions").get(1).get("reference").asString();
        assertThat(reconciliation.body()).doesNotContain(transactionId);
    }

    @Test
    void theSameNotificationAHundredTimesBooksOnePaymentAndForgeriesBookNothing() throws Exception {
        var id = registeredCase(Procedure.SUMMARY);
        var notice = awaitNotice(id);
        assertThat(notice.get("amount").asString()).isEqualTo("900.00");
        var order = json(api.post(
                "/api/v1/cases/" + id + "/fee-notices/" + notice.get("id").asString() + "/payment",
                "{}",
                bearer(plaintiffToken)));
        var orderId = order.get("orderId").asString();
        payOnHostedPage(order.get("payUrl").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> payments(orderId) == 1);
        var sent = jdbc.sql("select body from sandbox_notification where order_id = ?")
                .param(orderId)
                .query(String.class)
                .single();

        // when the gateway's notification arrives 100 times more
        for (var i = 0; i < 100; i++) {
            var replay = notify(sent);
            assertThat(replay.body()).isEqualTo("SUCCESS");
        }
        // and a forged one, and one for the wrong amount
        Map<String, String> fields = new HashMap<>(IdentityFixtures.JSON.readValue(sent, Map.class));
        var forged = new HashMap<>(fields);
        forged.put("amount", "0.01");
        var badSignature = notify(IdentityFixtures.JSON.writeValueAsString(forged));
        var wrongAmount = new HashMap<>(fields);
        wrongAmount.put("amount", "9.00");
        wrongAmount.put("transaction_id", "SBX-WRONG-" + UUID.randomUUID());
        var alerted = notify(IdentityFixtures.JSON.writeValueAsString(
                new GatewaySignature(sandbox.merchantKey()).signed(wrongAmount)));

        // then one payment is booked, the forgery is refused, the wrong amount raises an alert
        assertThat(payments(orderId)).isEqualTo(1);
        assertThat(badSignature.statusCode()).isEqualTo(401);
        assertThat(badSignature.body()).contains("/problems/payment-notification-signature");
        assertThat(alerted.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from fee_payment_alert where transaction_id = ?")
                        .param(wrongAmount.get("transaction_id"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var ledger = json(api.get("/api/v1/cases/" + id + "/ledger", bearer(plaintiffToken)));
        assertThat(kinds(ledger)).containsExactly("CHARGE", "PAYMENT");
        assertThat(ledger.get("balanced").asBoolean()).isTrue();
        var timeline = api.get("/api/v1/cases/" + id + "/timeline", bearer(plaintiffToken, "Accept-Language", "en"));
        assertThat(timeline.body()).contains("where 900.00 yuan was due");

        // and the plaintiff's fee page, on returning from the gateway, shows the booked payment and the ledger
        var page = feesPage("/cases/" + id + "/fees?order=" + orderId);
        assertThat(page.statusCode()).isEqualTo(200);
        var document = Jsoup.parse(page.body());
        assertThat(document.select("h1")).hasSize(1);
        assertThat(document.select("#order-status").text()).contains("confirmed the payment");
        assertThat(document.select(".notice-amount").text()).contains("900.00");
        assertThat(document.select("#ledger-outstanding").text()).contains("Still owed: 0.00");
    }

    /** Signs the plaintiff in with the web form and fetches a page in English. */
    private HttpResponse<String> feesPage(String path) throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var login = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").attr("value");
        var body = "username=" + URLEncoder.encode(plaintiff, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        var signedIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFeeUnpaidAtTheDeadlineGivesTheCaseANodeAndTheJudgeATask() throws Exception {
        var id = registeredCase(Procedure.ORDINARY);
        var notice = awaitNotice(id);
        var afterDeadline = LocalDate.parse(notice.get("deadline").asString()).plusDays(1);

        unpaid.check(afterDeadline);

        var judgeToken = staffToken(staff.open("JUDGE", COURT, "李法官"));
        var tasks = api.get("/api/v1/staff/tasks", bearer(judgeToken, "Accept-Language", "en"));
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains(id.toString()).contains("Art. 213");
        assertThat(awaitNotice(id).get("status").asString()).isEqualTo("OVERDUE");
        var timeline = api.get("/api/v1/cases/" + id + "/timeline", bearer(plaintiffToken, "Accept-Language", "en"));
        assertThat(timeline.body()).contains("was not paid by the deadline");
    }

    @Test
    void strangersSeeNoFeesAndOnlyFinanceOrAdministratorsReconcile() throws Exception {
        var id = registeredCase(Procedure.SUMMARY);
        awaitNotice(id);
        var strangerToken = api.registeredLitigantToken();

        var ledger = api.get("/api/v1/cases/" + id + "/ledger", bearer(strangerToken));
        var reconcile = api.post("/api/v1/admin/reconciliation?date=2026-01-01", "", bearer(clerkToken));

        assertThat(ledger.statusCode()).isEqualTo(403);
        assertThat(reconcile.statusCode()).isEqualTo(403);
    }

    private List<String> reminderStates(String key) {
        return jdbc.sql("select state from message_queue where reminder_key = ? and recipient = ?")
                .params(key, plaintiff)
                .query(String.class)
                .list();
    }

    private UUID registeredCase(Procedure procedure) {
        var defendant = IdentityFixtures.username("defendant");
        var id = docket.open(new NewCase(
                COURT,
                CaseTypeCode.of("民初"),
                procedure,
                CauseOfAction.named("民间借贷纠纷"),
                AmountInDispute.of("80000.00"),
                List.of(
                        new Party(PartyRole.PLAINTIFF, PartyKind.NATURAL_PERSON, "张三", "P-" + plaintiff, plaintiff),
                        new Party(PartyRole.DEFENDANT, PartyKind.NATURAL_PERSON, "李四", "D-" + defendant, defendant)),
                List.of(),
                plaintiff));
        registerCase.register(id, clerk, RegisterCase.Decision.byDefault());
        return id.value();
    }

    /** Holds both roles, so that only the maker-checker rule stops it approving its own proposal. */
    private CreateAccount.Created clerkWhoIsAlsoFinance() {
        var registration = new Registration(
                "NATURAL_PERSON",
                IdentityFixtures.username("maker"),
                PASSWORD,
                "钱两职",
                IdentityFixtures.residentId(),
                null,
                null,
                "13700000000",
                null,
                null);
        return createAccount.create(
                "system",
                registration,
                List.of(
                        new GrantRequest("CLERK", COURT.value(), null, null),
                        new GrantRequest("FINANCE", COURT.value(), null, null)));
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

    /** Opens the hosted page as a browser would and submits its card form; returns where the gateway sends us. */
    private String payOnHostedPage(String payUrl) throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var page =
                browser.send(HttpRequest.newBuilder(URI.create(payUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var document = Jsoup.parse(page.body());
        assertThat(document.select("img[src$=qr.png]")).isNotEmpty();
        var form = document.selectFirst("form:has(input[name=cardNumber])");
        var csrf = form.selectFirst("input[name=_csrf]").attr("value");
        var body = "method=CARD&cardNumber=6222020000000000&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        var paid = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + form.attr("action")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(302);
        return paid.headers().firstValue("Location").orElseThrow();
    }

    /** The text of a PDF as poppler's pdftotext reads it. */
    private static String pdfText(byte[] pdf) throws Exception {
        var file = java.nio.file.Files.createTempFile("fees", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            var process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(text).isZero();
            return text.replaceAll("\\s+", " ");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private HttpResponse<String> notify(String body) throws Exception {
        return api.post("/api/v1/payments/notifications", body);
    }

    private long payments(String orderId) {
        return jdbc.sql("select count(*) from fee_payment where order_id = ?")
                .param(UUID.fromString(orderId))
                .query(Long.class)
                .single();
    }

    private static List<String> kinds(JsonNode ledger) {
        var kinds = new java.util.ArrayList<String>();
        ledger.get("transactions")
                .forEach(transaction -> kinds.add(transaction.get("kind").asString()));
        return kinds;
    }

    private String staffToken(CreateAccount.Created account) throws Exception {
        return IdentityFixtures.token(
                api.login(account.username(), PASSWORD, IdentityFixtures.totp(account.totpSecret())));
    }

    private static String[] bearer(String token, String... more) {
        var headers = new java.util.ArrayList<>(List.of("Authorization", "Bearer " + token));
        headers.addAll(List.of(more));
        return headers.toArray(String[]::new);
    }
}
