package org.smartcourt.judgments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.json;
import static org.smartcourt.publication.WorkflowFixtures.bearer;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.Filings;
import org.smartcourt.docket.application.RefuseFiling;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.documents.Documents;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.judgments.application.SettleAppealPeriods;
import org.smartcourt.publication.WorkflowFixtures;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** When decisions take effect, and that every effective one reaches its court's publication queue. */
@CourtIntegrationTest
class DecisionEffectIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");
    private static final CourtCode APPEAL_COURT = CourtCode.of("鲁01");

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    RefuseFiling refuseFiling;

    @Autowired
    RegisterCase registerCase;

    @Autowired
    SettleAppealPeriods settleAppealPeriods;

    @Autowired
    StaffAccounts staff;

    @Autowired
    WorkflowFixtures fixtures;

    @Autowired
    CourtCalendar calendar;

    @Autowired
    Clock clock;

    @Autowired
    Documents documents;

    private IdentityFixtures api;
    private String clerk;
    private String clerkToken;
    private String filer;
    private String filerToken;

    @BeforeEach
    void aClerkAndAFiler() throws Exception {
        api = new IdentityFixtures(port);
        var account = staff.open("CLERK", COURT, "王立案");
        clerk = account.username();
        clerkToken = IdentityFixtures.token(api.login(clerk, PASSWORD, IdentityFixtures.totp(account.totpSecret())));
        filer = IdentityFixtures.username("filer");
        assertThat(api.post("/api/v1/accounts", IdentityFixtures.naturalPerson(filer, IdentityFixtures.residentId()))
                        .statusCode())
                .isEqualTo(201);
        filerToken = IdentityFixtures.token(api.login(filer, PASSWORD, null));
    }

    private JsonNode decisions(CaseId caseId, String token) throws Exception {
        var response = api.get("/api/v1/staff/cases/" + caseId + "/decisions", bearer(token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void theRulingNotToAcceptACaseTakesEffectWhenItsAppealPeriodLapsesAndIsQueuedForPublication() throws Exception {
        var caseId = docket.open(Filings.privateLending(COURT, filer, Filings.unique("defendant")));
        refuseFiling.refuse(caseId, clerk, List.of("不属于人民法院受理民事诉讼的范围"));

        var ruling = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> decisions(caseId, clerkToken), found -> !found.isEmpty())
                .get(0);
        var today = LocalDate.now(clock);
        var lastDay = calendar.lastDayOf(today, 10);
        assertThat(ruling.get("kind").asString()).isEqualTo("RULING");
        assertThat(ruling.get("status").asString()).isEqualTo("AWAITING_EFFECT");
        assertThat(ruling.get("servedOn").asString()).isEqualTo(today.toString());
        assertThat(ruling.get("appealPeriodEndsOn").asString()).isEqualTo(lastDay.toString());

        settleAppealPeriods.settle(lastDay);
        assertThat(decisions(caseId, clerkToken).get(0).get("status").asString())
                .isEqualTo("AWAITING_EFFECT");
        settleAppealPeriods.settle(lastDay.plusDays(1));

        var effective = decisions(caseId, clerkToken).get(0);
        assertThat(effective.get("status").asString()).isEqualTo("EFFECTIVE");
        assertThat(effective.get("effectiveOn").asString())
                .isEqualTo(lastDay.plusDays(1).toString());
        var item = WorkflowFixtures.awaitQueued(api, clerkToken, COURT, caseId);
        assertThat(item.get("kind").asString()).isEqualTo("RULING");
        assertThat(item.get("caseNumber").isNull()).isTrue();
        assertThat(item.get("deadline").asString())
                .isEqualTo(calendar.plusWorkingDays(lastDay.plusDays(1), 7).toString());
        var review =
                json(api.get("/api/v1/staff/publication/items/" + item.get("id").asString(), bearer(clerkToken)));
        assertThat(review.get("original").asString())
                .contains("起诉人：张三", "本院不予受理")
                .doesNotContain("验证码");
        assertThat(review.get("proposed").get("text").asString())
                .contains("起诉人：张某")
                .doesNotContain("张三");
    }

    @Test
    void anAppealedJudgmentIsQueuedWhenTheSecondInstanceTakesEffectWithItsDeadlineCountedFromThere() throws Exception {
        var appealClerk = staff.open("CLERK", APPEAL_COURT, "赵二审");
        var appealClerkToken = IdentityFixtures.token(
                api.login(appealClerk.username(), PASSWORD, IdentityFixtures.totp(appealClerk.totpSecret())));
        var firstInstance = fixtures.registeredCase(COURT, filer, clerk, "民间借贷纠纷");
        var text = WorkflowFixtures.judgment(fixtures.caseNumber(firstInstance), "民间借贷纠纷", "");
        var decided = LocalDate.now(clock).minusDays(20).toString();

        var appealed = api.post(
                "/api/v1/staff/cases/" + firstInstance + "/decisions",
                IdentityFixtures.JSON
                        .createObjectNode()
                        .put("kind", "JUDGMENT")
                        .put("decidedOn", decided)
                        .put("appealed", true)
                        .put("text", text)
                        .toString(),
                bearer(clerkToken));
        assertThat(appealed.statusCode()).as(appealed.body()).isEqualTo(201);
        assertThat(json(appealed).get("status").asString()).isEqualTo("APPEALED");

        var appeal = api.post("/api/v1/cases/" + firstInstance + "/appeal", "", bearer(filerToken));
        assertThat(appeal.statusCode()).as(appeal.body()).isEqualTo(201);
        var appealCase = CaseId.parse(json(appeal).get("id").asString());
        registerCase.register(appealCase, appealClerk.username(), RegisterCase.Decision.byDefault());
        var secondInstanceEffect = LocalDate.now(clock).minusDays(1);
        var secondInstance = api.post(
                "/api/v1/staff/cases/" + appealCase + "/decisions",
                WorkflowFixtures.effectiveJudgment(
                        "山东省济南市中级人民法院 民事判决书 驳回上诉，维持原判。本判决为终审判决。",
                        secondInstanceEffect.toString(),
                        secondInstanceEffect.toString()),
                bearer(appealClerkToken));
        assertThat(secondInstance.statusCode()).as(secondInstance.body()).isEqualTo(201);

        var firstItem = WorkflowFixtures.awaitQueued(api, clerkToken, COURT, firstInstance);
        var secondItem = WorkflowFixtures.awaitQueued(api, appealClerkToken, APPEAL_COURT, appealCase);
        var due = calendar.plusWorkingDays(secondInstanceEffect, 7).toString();
        assertThat(firstItem.get("afterAppeal").asBoolean()).isTrue();
        assertThat(firstItem.get("periodStart").asString()).isEqualTo(secondInstanceEffect.toString());
        assertThat(firstItem.get("deadline").asString()).isEqualTo(due);
        assertThat(secondItem.get("afterAppeal").asBoolean()).isFalse();
        assertThat(secondItem.get("deadline").asString()).isEqualTo(due);
        var first = decisions(firstInstance, clerkToken).get(0);
        assertThat(first.get("status").asString()).isEqualTo("CONCLUDED_ON_APPEAL");
        assertThat(first.get("appealCase").asString()).isEqualTo(appealCase.toString());
    }

    /** A multipart body with the file part and the form fields, as a browser or an API client sends it. */
    private HttpResponse<String> upload(CaseId caseId, byte[] file, String... fields) throws Exception {
        var boundary = "----smartcourt" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        for (var i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"judgment.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/staff/cases/" + caseId + "/decisions"))
                                .header("Authorization", "Bearer " + clerkToken)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClerkUploadsThePdfOfAJudgmentAndItsTextIsReviewed() throws Exception {
        var caseId = fixtures.registeredCase(COURT, filer, clerk, "民间借贷纠纷");
        var number = fixtures.caseNumber(caseId);
        var pdf = documents.renderUnsealed(
                "民事判决书",
                number,
                "<p>原告张三与被告李四民间借贷纠纷一案，本院依法适用简易程序公开开庭进行了审理。</p>" + "<p>被告李四于本判决生效之日起十日内偿还原告张三借款80000元。</p>");
        var yesterday = LocalDate.now(clock).minusDays(1).toString();

        var uploaded = upload(caseId, pdf, "kind", "JUDGMENT", "decidedOn", yesterday, "effectiveOn", yesterday);
        var png = upload(
                caseId,
                new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D},
                "kind",
                "JUDGMENT",
                "decidedOn",
                yesterday,
                "effectiveOn",
                yesterday);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(json(uploaded).get("title").asString()).isEqualTo("民事判决书");
        assertThat(png.statusCode()).isEqualTo(400);
        var item = WorkflowFixtures.awaitQueued(api, clerkToken, COURT, caseId);
        var review =
                json(api.get("/api/v1/staff/publication/items/" + item.get("id").asString(), bearer(clerkToken)));
        assertThat(review.get("original").asString()).contains("原告张三与被告李四民间借贷纠纷一案");
        assertThat(review.get("proposed").get("text").asString())
                .contains("原告张某与被告李某民间借贷纠纷一案", "于本判决生效之日起")
                .doesNotContain("张三");
    }

    @Test
    void aClerkCannotRecordAsEffectiveADecisionNotYetInEffect() throws Exception {
        var caseId = fixtures.registeredCase(COURT, filer, clerk, "民间借贷纠纷");
        var tomorrow = LocalDate.now(clock).plusDays(1).toString();

        var response = api.post(
                "/api/v1/staff/cases/" + caseId + "/decisions",
                WorkflowFixtures.effectiveJudgment("判决书全文", LocalDate.now(clock).toString(), tomorrow),
                bearer(clerkToken, "Accept-Language", "en"));
        var noKind = api.post(
                "/api/v1/staff/cases/" + caseId + "/decisions",
                "{\"text\":\"判决书全文\",\"decidedOn\":\"2026-01-05\",\"effectiveOn\":\"2026-01-06\"}",
                bearer(clerkToken, "Accept-Language", "en"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/invalid-decision");
        assertThat(noKind.statusCode()).isEqualTo(400);
        assertThat(json(noKind).get("errors").get(0).get("message").asString())
                .isEqualTo("Please give the kind of document (kind), e.g. JUDGMENT or RULING.");
        assertThat(decisions(caseId, clerkToken)).isEmpty();
    }
}
