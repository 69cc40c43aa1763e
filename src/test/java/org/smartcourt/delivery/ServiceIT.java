package org.smartcourt.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.delivery.Serving.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.docket.application.ViewCase;
import org.smartcourt.documents.Documents;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.Mailbox;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@CourtIntegrationTest
class ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    RegisterCase registerCase;

    @Autowired
    ViewCase viewCase;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Documents documents;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Serving serving;
    private Serving.Clerk clerk;

    @BeforeEach
    void aClerkAtTheCourt() throws Exception {
        serving = new Serving(port, docket, registerCase, staff);
        clerk = serving.clerk(Serving.COURT, "赵书记");
    }

    @Test
    void aComplaintCopyServedAtTheDefendantsConfirmedEmailTakesEffectWhenTheMailServerAcceptsIt() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, clerk.username());
        assertThat(serving.confirmAddress(caseId, defendant, true, "EMAIL").statusCode())
                .isEqualTo(201);

        var served = serving.upload(
                "/api/v1/cases/" + caseId + "/services",
                clerk.token(),
                Serving.pdf(documents, "起诉状副本"),
                "kind",
                "COMPLAINT_COPY",
                "title",
                "民事起诉状（副本）",
                "roles",
                "DEFENDANT");

        assertThat(served.statusCode()).as(served.body()).isEqualTo(201);
        var serviceId = json(served).get(0).get("id").asString();
        var mail = Mailbox.awaitMail(defendant.email());
        assertThat(mail.subject()).contains("民事起诉状（副本）");
        assertThat(mail.links()).anySatisfy(link -> assertThat(link).contains("/services/" + serviceId + "?access="));
        var service = awaitEffective(serviceId, clerk.token());
        var email = channel(service, "EMAIL");
        assertThat(email.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(service.get("effect").get("basis").asString()).isEqualTo("ARRIVED_AT_CONFIRMED_ADDRESS");
        var effectiveAt = Instant.parse(service.get("effect").get("at").asString());
        var inbox = channel(service, "INBOX");
        var firstArrival = Instant.parse(email.get("at").asString())
                        .isBefore(Instant.parse(inbox.get("at").asString()))
                ? Instant.parse(email.get("at").asString())
                : Instant.parse(inbox.get("at").asString());
        assertThat(effectiveAt).isEqualTo(firstArrival);
        var period = service.get("effect").get("period");
        assertThat(period.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(period.get("days").asInt()).isEqualTo(15);
        var servedOn = LocalDate.ofInstant(effectiveAt, ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.parse(period.get("lastDay").asString())).isAfterOrEqualTo(servedOn.plusDays(15));

        assertThat(reminderStates("answer-period:" + serviceId)).isNotEmpty().containsOnly("QUEUED");
        var dueAt = jdbc.sql("select min(due_at) from message_queue where reminder_key = ?")
                .param("answer-period:" + serviceId)
                .query(java.time.OffsetDateTime.class)
                .single();
        assertThat(dueAt.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .isEqualTo(LocalDate.parse(period.get("lastDay").asString()).minusDays(3));

        var timeline = viewCase.view(Serving.caseId(UUID.fromString(caseId.toString())), defendant.username())
                .timeline();
        assertThat(timeline)
                .anySatisfy(node ->
                        assertThat(node.messageCode()).isEqualTo("delivery.node.effective.arrivedAtConfirmedAddress"));
        assertThat(timeline).anySatisfy(node -> {
            assertThat(node.messageCode()).isEqualTo("delivery.node.period.answer");
            assertThat(node.deadline())
                    .isEqualTo(LocalDate.parse(period.get("lastDay").asString()));
        });
    }

    @Test
    void withoutConsentServiceTakesEffectWhenTheDefendantOpensItAndThePostIsNoLongerNeeded() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("en");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, clerk.username());
        var hash = documents
                .store(Serving.pdf(documents, "传票"), "传票", "summons", clerk.username(), "application/pdf", null)
                .value();

        var served = serving.post("/api/v1/cases/" + caseId + "/services", clerk.token(), """
                {"documentHash":"%s","kind":"SUMMONS","roles":["DEFENDANT"]}""".formatted(hash));

        assertThat(served.statusCode()).as(served.body()).isEqualTo(201);
        var serviceId = json(served).get(0).get("id").asString();
        assertThat(json(served).get(0).get("postal").get("status").asString()).isEqualTo("TO_POST");
        Awaitility.await()
                .atMost(WAIT)
                .until(() -> "ACCEPTED"
                        .equals(channel(json(serving.get("/api/v1/services/" + serviceId, clerk.token())), "INBOX")
                                .get("status")
                                .asString()));
        assertThat(json(serving.get("/api/v1/services/" + serviceId, clerk.token()))
                        .get("effect")
                        .isNull())
                .as("arrival at an address never confirmed does not serve")
                .isTrue();

        var opened = serving.get("/api/v1/services/" + serviceId, defendant.token(), "Accept-Language", "en");

        var view = json(opened);
        assertThat(view.get("effect").get("basis").asString()).isEqualTo("OPENED");
        assertThat(view.get("effect").get("basisLabel").asString()).contains("Art. 31(2)");
        assertThat(view.get("postal").get("status").asString()).isEqualTo("NOT_NEEDED");
        assertThat(view.get("status").asString()).isEqualTo("EFFECTIVE");
        assertThat(reminderStates("document-awaiting:" + serviceId))
                .as("the alert that the document awaits is taken back once it is served")
                .isNotEmpty()
                .containsOnly("CANCELLED");
    }

    @Test
    void theCertificatePdfCarriesTheTraceAndIsGenuine() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, clerk.username());
        serving.confirmAddress(caseId, defendant, true, "EMAIL");
        var served = serving.upload(
                "/api/v1/cases/" + caseId + "/services",
                clerk.token(),
                Serving.pdf(documents, "传票"),
                "kind",
                "SUMMONS",
                "roles",
                "DEFENDANT");
        var serviceId = json(served).get(0).get("id").asString();
        awaitEffective(serviceId, clerk.token());

        var certificate = serving.getBytes("/api/v1/services/" + serviceId + "/certificate", defendant.token());

        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        var verified = serving.upload("/api/v1/documents/verify", defendant.token(), certificate.body());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.body()).contains("GENUINE");
    }

    @Test
    void registrationServesTheAcceptanceAndFeeNoticesOnThePlaintiffAndTellsTheClerkWhyTheComplaintWasNot()
            throws Exception {
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("zh-CN");

        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, clerk.username());

        var services = Awaitility.await()
                .atMost(Duration.ofSeconds(180))
                .until(
                        () -> json(serving.get("/api/v1/cases/" + caseId + "/services", plaintiff.token())),
                        list -> list.size() == 2
                                && list.get(0).hasNonNull("effect")
                                && list.get(1).hasNonNull("effect"));
        assertThat(services)
                .extracting(service -> service.get("document").get("kind").asString())
                .containsExactlyInAnyOrder("ACCEPTANCE_NOTICE", "FEE_NOTICE");
        assertThat(services).allSatisfy(service -> {
            assertThat(service.get("consent").asString()).isEqualTo("ONLINE_FILING");
            assertThat(service.get("effect").get("channel").asString()).isEqualTo("INBOX");
        });
        var overview = Awaitility.await()
                .atMost(Duration.ofSeconds(180))
                .until(
                        () -> json(serving.get(
                                "/api/v1/staff/services?court=鲁0102", clerk.token(), "Accept-Language", "en")),
                        found -> found.get("automatic").toString().contains(caseId.toString()));
        var complaint = java.util.stream.StreamSupport.stream(
                        overview.get("automatic").spliterator(), false)
                .filter(task -> task.get("caseId").asString().equals(caseId.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(complaint.get("item").asString()).isEqualTo("COMPLAINT_COPY");
        assertThat(complaint.get("status").asString()).isEqualTo("FAILED");
        assertThat(complaint.get("reason").asString()).contains("not filed online");
    }

    @Test
    void aPartySeesOnlyWhatWasServedOnItAndStrangersNothing() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("zh-CN");
        var stranger = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, clerk.username());
        var served = serving.upload(
                "/api/v1/cases/" + caseId + "/services",
                clerk.token(),
                Serving.pdf(documents, "传票"),
                "kind",
                "SUMMONS",
                "roles",
                "DEFENDANT");
        var serviceId = json(served).get(0).get("id").asString();

        var plaintiffs = json(serving.get("/api/v1/cases/" + caseId + "/services", plaintiff.token()));
        var defendants = json(serving.get("/api/v1/cases/" + caseId + "/services", defendant.token()));

        assertThat(plaintiffs.toString()).doesNotContain(serviceId);
        assertThat(defendants.toString()).contains(serviceId);
        assertThat(serving.get("/api/v1/cases/" + caseId + "/services", stranger.token())
                        .statusCode())
                .isEqualTo(403);
        assertThat(serving.get("/api/v1/services/" + serviceId, plaintiff.token())
                        .statusCode())
                .isEqualTo(404);
        assertThat(serving.getBytes("/api/v1/services/" + serviceId + "/certificate", stranger.token())
                        .statusCode())
                .isEqualTo(404);
        var elsewhere = serving.clerk(org.smartcourt.shared.CourtCode.of("鲁01"), "钱书记");
        var refused = serving.upload(
                "/api/v1/cases/" + caseId + "/services",
                elsewhere.token(),
                Serving.pdf(documents, "传票"),
                "kind",
                "SUMMONS",
                "roles",
                "DEFENDANT");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asString()).isEqualTo("/problems/not-court-staff");
    }

    @Test
    void aServiceAddressIsCheckedFieldByFieldInTheReadersLanguageAndKeptWithItsHistory() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("en");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, clerk.username());

        var rejected = serving.post(
                "/api/v1/cases/" + caseId + "/service-addresses", defendant.token(), """
                {"consent":true,"channels":["EMAIL"],"email":"not-an-address","postcode":"25","address":""}""", "Accept-Language", "en");

        assertThat(rejected.statusCode()).isEqualTo(422);
        var problem = json(rejected);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid service address");
        assertThat(problem.get("errors").toString())
                .contains("Enter a valid e-mail address.", "A postcode has six digits.", "\"address\"");

        assertThat(serving.confirmAddress(caseId, defendant, false).statusCode())
                .isEqualTo(201);
        assertThat(serving.confirmAddress(caseId, defendant, true, "EMAIL", "SMS")
                        .statusCode())
                .isEqualTo(201);
        var mine = json(serving.get("/api/v1/cases/" + caseId + "/service-addresses", defendant.token()));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("current").get("channels").toString()).contains("INBOX", "EMAIL", "SMS");
        assertThat(mine.get(0).get("history")).hasSize(2);
        var all = json(serving.get("/api/v1/cases/" + caseId + "/service-addresses", clerk.token()));
        assertThat(all).hasSize(2);
    }

    @Test
    void theClerkEntersAPaperFormPostsTheDocumentAndWhenTheLetterComesBackServesByPublicNotice() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, null, clerk.username());
        var parties = json(serving.get("/api/v1/cases/" + caseId + "/service-addresses", clerk.token()));
        var defendant = java.util.stream.StreamSupport.stream(parties.spliterator(), false)
                .filter(party -> party.get("role").asString().equals("DEFENDANT"))
                .findFirst()
                .orElseThrow()
                .get("party")
                .asString();
        var entered =
                serving.post("/api/v1/cases/" + caseId + "/service-addresses", clerk.token(), """
                {"party":"%s","consent":false,"address":"济南市历下区泉城路2号","postcode":"250000"}""".formatted(defendant));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        assertThat(json(entered).get("method").asString()).isEqualTo("CLERK_FROM_PAPER");

        var served = serving.upload(
                "/api/v1/cases/" + caseId + "/services",
                clerk.token(),
                Serving.pdf(documents, "起诉状副本"),
                "kind",
                "COMPLAINT_COPY",
                "parties",
                defendant);
        var service = json(served).get(0);
        var serviceId = service.get("id").asString();
        assertThat(service.get("postal").get("status").asString()).isEqualTo("TO_POST");
        assertThat(service.get("postal").get("address").asString()).contains("泉城路2号");

        var tooEarly = serving.post("/api/v1/services/" + serviceId + "/public-notice", clerk.token(), """
                {"medium":"人民法院公告网","ground":"OTHER_METHODS_FAILED"}""");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(json(tooEarly).get("detail").asString()).contains("第九十五条");

        var posted = serving.post("/api/v1/services/" + serviceId + "/postal", clerk.token(), """
                {"trackingNumber":"EMS1234567890CN","postedOn":"%s"}""".formatted(today()));
        assertThat(json(posted).get("postal").get("status").asString()).isEqualTo("POSTED");
        var returned =
                serving.post("/api/v1/services/" + serviceId + "/postal/return", clerk.token(), """
                {"returnedOn":"%s","reason":"NOT_FOUND"}""".formatted(today()));
        assertThat(json(returned).get("status").asString()).isEqualTo("UNREACHABLE");

        // CPL Art. 95: issued 31 days ago, the 30 days have passed
        var noticed = serving.post("/api/v1/services/" + serviceId + "/public-notice", clerk.token(), """
                {"issuedOn":"%s","medium":"人民法院公告网","ground":"OTHER_METHODS_FAILED"}""".formatted(
                        today().minusDays(31)));

        assertThat(noticed.statusCode()).as(noticed.body()).isEqualTo(200);
        var effect = json(noticed).get("effect");
        assertThat(effect.get("basis").asString()).isEqualTo("PUBLIC_NOTICE");
        assertThat(effect.get("on").asString()).isEqualTo(today().minusDays(1).toString());
        assertThat(effect.get("period").get("kind").asString()).isEqualTo("ANSWER");
    }

    @Test
    void noPublicNoticeInSummaryProcedure() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.SUMMARY, plaintiff, null, clerk.username());
        var served = serving.upload(
                "/api/v1/cases/" + caseId + "/services",
                clerk.token(),
                Serving.pdf(documents, "传票"),
                "kind",
                "SUMMONS",
                "roles",
                "DEFENDANT");

        var refused = serving.post(
                "/api/v1/services/" + json(served).get(0).get("id").asString() + "/public-notice", clerk.token(), """
                {"medium":"人民法院公告网","ground":"WHEREABOUTS_UNKNOWN"}""");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("type").asString()).isEqualTo("/problems/public-notice-refused");
        assertThat(json(refused).get("detail").asString()).contains("第一百四十条");
    }

    @Test
    void aMediationStatementIsServedOnlyWhenThePartySignsForIt() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, clerk.username());
        serving.confirmAddress(caseId, defendant, true, "EMAIL");
        var served = serving.upload(
                "/api/v1/cases/" + caseId + "/services",
                clerk.token(),
                Serving.pdf(documents, "民事调解书"),
                "kind",
                "MEDIATION_STATEMENT",
                "roles",
                "DEFENDANT");
        var serviceId = json(served).get(0).get("id").asString();
        Mailbox.awaitMail(defendant.email());
        assertThat(serving.getBytes("/api/v1/services/" + serviceId + "/document", defendant.token())
                        .statusCode())
                .isEqualTo(200);
        assertThat(json(serving.get("/api/v1/services/" + serviceId, clerk.token()))
                        .get("effect")
                        .isNull())
                .isTrue();

        var signed = serving.post("/api/v1/services/" + serviceId + "/receipt", defendant.token(), "");

        assertThat(json(signed).get("effect").get("basis").asString()).isEqualTo("REPLIED");
    }

    @Test
    void aTextMessageCarriesTheLinkThroughTheSmsGateway() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, clerk.username());
        serving.confirmAddress(caseId, defendant, true, "SMS");

        var served = serving.upload(
                "/api/v1/cases/" + caseId + "/services",
                clerk.token(),
                Serving.pdf(documents, "传票"),
                "kind",
                "SUMMONS",
                "roles",
                "DEFENDANT");

        var serviceId = json(served).get(0).get("id").asString();
        var service = awaitEffective(serviceId, clerk.token());
        var sms = channel(service, "SMS");
        assertThat(sms.get("status").asString()).as(service.toString()).isEqualTo("ACCEPTED");
        assertThat(sms.get("address").asString()).isEqualTo(defendant.mobile());
    }

    @Test
    void aRepeatedServeWithTheSameIdempotencyKeyServesOnce() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var defendant = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, defendant, clerk.username());
        var hash = documents
                .store(Serving.pdf(documents, "判决书"), "民事判决书", "judgment", clerk.username(), "application/pdf", null)
                .value();
        var body = """
                {"documentHash":"%s","kind":"JUDGMENT","roles":["DEFENDANT"]}""".formatted(hash);
        var key = UUID.randomUUID().toString();

        var first = serving.post("/api/v1/cases/" + caseId + "/services", clerk.token(), body, "Idempotency-Key", key);
        var again = serving.post("/api/v1/cases/" + caseId + "/services", clerk.token(), body, "Idempotency-Key", key);

        assertThat(again.statusCode()).isEqualTo(first.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json(again).get(0).get("id")).isEqualTo(json(first).get(0).get("id"));
        var judgments = json(serving.get("/api/v1/cases/" + caseId + "/services", clerk.token()))
                .toString();
        assertThat(judgments.split("\"JUDGMENT\"", -1)).hasSize(2);
    }

    @Test
    void aServeWithoutDocumentIsRejectedWithTheFieldInTheReadersLanguage() throws Exception {
        var plaintiff = serving.person("zh-CN");
        var caseId = serving.registeredCase(Serving.COURT, Procedure.ORDINARY, plaintiff, null, clerk.username());

        var rejected =
                serving.post("/api/v1/cases/" + caseId + "/services", clerk.token(), """
                {"kind":"SUMMONS","roles":["DEFENDANT"]}""", "Accept-Language", "en");

        assertThat(rejected.statusCode()).isBetween(400, 422);
        assertThat(json(rejected).get("errors").toString()).contains("documentHash", "Give the document hash.");
    }

    @Test
    void theCourtsStaffSeeTheOnlineServiceRate() throws Exception {
        var rate = json(serving.get("/api/v1/staff/service-rate?court=鲁0102", clerk.token()));

        assertThat(rate.get("effective").asLong())
                .isGreaterThanOrEqualTo(rate.get("electronic").asLong());
        var plaintiff = serving.person("zh-CN");
        assertThat(serving.get("/api/v1/staff/service-rate?court=鲁0102", plaintiff.token())
                        .statusCode())
                .isEqualTo(403);
    }

    private java.util.List<String> reminderStates(String key) {
        return jdbc.sql("select state from message_queue where reminder_key = ?")
                .param(key)
                .query(String.class)
                .list();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private JsonNode awaitEffective(String serviceId, String token) {
        return Awaitility.await()
                .atMost(WAIT)
                .until(
                        () -> json(serving.get("/api/v1/services/" + serviceId, token)),
                        service -> !service.get("effect").isNull()
                                && !service.get("channels").toString().contains("\"QUEUED\""));
    }

    private static JsonNode channel(JsonNode service, String channel) {
        for (var record : service.get("channels")) {
            if (record.get("channel").asString().equals(channel)) {
                return record;
            }
        }
        throw new AssertionError("No channel " + channel + " in " + service);
    }
}
