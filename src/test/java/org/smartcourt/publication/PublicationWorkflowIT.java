package org.smartcourt.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.json;
import static org.smartcourt.publication.WorkflowFixtures.bearer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The publication workflow through its staff API: queue, review, correct, approve or exclude, correct, withdraw. */
@CourtIntegrationTest
class PublicationWorkflowIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");
    private static final CourtCode OTHER_COURT = CourtCode.of("鲁0103");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    WorkflowFixtures fixtures;

    @Autowired
    CourtCalendar calendar;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private IdentityFixtures api;
    private String clerk;
    private String clerkToken;
    private String filer;

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
    }

    private String otherCourtClerkToken() throws Exception {
        var other = staff.open("CLERK", OTHER_COURT, "李书记");
        return IdentityFixtures.token(api.login(other.username(), PASSWORD, IdentityFixtures.totp(other.totpSecret())));
    }

    /** A registered case whose judgment took effect yesterday, recorded by the clerk, and its queue entry. */
    private JsonNode queuedJudgment(String cause, String marker) throws Exception {
        var caseId = fixtures.registeredCase(COURT, filer, clerk, cause);
        var text = WorkflowFixtures.judgment(fixtures.caseNumber(caseId), cause, marker);
        var yesterday = LocalDate.now(clock).minusDays(1).toString();
        var recorded = api.post(
                "/api/v1/staff/cases/" + caseId + "/decisions",
                WorkflowFixtures.effectiveJudgment(text, yesterday, yesterday),
                bearer(clerkToken));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(json(recorded).get("status").asString()).isEqualTo("EFFECTIVE");
        return WorkflowFixtures.awaitQueued(api, clerkToken, COURT, caseId);
    }

    private JsonNode search(String words) throws Exception {
        var response = api.get(
                "/api/v1/judgments/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&sort=date");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void aClerkReviewsCorrectsAndApprovesAndThePublicFindsTheJudgmentAnonymised() throws Exception {
        var marker = WorkflowFixtures.marker();
        var item = queuedJudgment("民间借贷纠纷", marker);
        var id = item.get("id").asString();
        var effective = LocalDate.now(clock).minusDays(1);

        assertThat(item.get("deadline").asString())
                .isEqualTo(calendar.plusWorkingDays(effective, 7).toString());
        assertThat(item.get("status").asString()).isEqualTo("AWAITING_REVIEW");
        var review = json(api.get("/api/v1/staff/publication/items/" + id, bearer(clerkToken)));
        assertThat(review.get("original").asString()).contains("原告张三", "阿强");
        assertThat(review.get("proposed").get("text").asString())
                .contains("原告张某", "被告李某", "阿强")
                .doesNotContain("张三", "李四");

        var corrected = api.post(
                "/api/v1/staff/publication/items/" + id + "/corrections",
                "{\"corrections\":[{\"action\":\"MASK\",\"text\":\"阿强\",\"replacement\":\"阿某\"}]}",
                bearer(clerkToken));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        var proposed = json(corrected).get("proposed");
        assertThat(proposed.get("text").asString()).contains("表弟阿某").doesNotContain("阿强");

        var approval = "{\"proposedSha256\":\"" + proposed.get("sha256").asString() + "\"}";
        var key = UUID.randomUUID().toString();
        var approved = api.post(
                "/api/v1/staff/publication/items/" + id + "/approval",
                approval,
                bearer(clerkToken, "Idempotency-Key", key));
        var replayed = api.post(
                "/api/v1/staff/publication/items/" + id + "/approval",
                approval,
                bearer(clerkToken, "Idempotency-Key", key));
        var again = api.post("/api/v1/staff/publication/items/" + id + "/approval", approval, bearer(clerkToken));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        var published = json(approved).get("publishedJudgment").asString();
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json(replayed).get("publishedJudgment").asString()).isEqualTo(published);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("type").asString()).isEqualTo("/problems/publication-item-decided");

        var hits = search(marker).get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("id").asString()).isEqualTo(published);
        var page = api.get("/judgments/" + published);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("原告张某", "表弟阿某").doesNotContain("张三", "阿强");
        assertThat(jdbc.sql("""
                        select action from audit_entry where actor = ? and subject = ? and outcome = 'SUCCESS'
                        order by seq""")
                        .params(clerk, "publication-item:" + id)
                        .query(String.class)
                        .list())
                .contains("publication.item.originalRead", "publication.item.corrected", "publication.item.approved");
    }

    @Test
    void aCorrectedJudgmentSaysSoAndAWithdrawnOneLeavesTheSearchButKeepsItsAddress() throws Exception {
        var marker = WorkflowFixtures.marker();
        var id = queuedJudgment("民间借贷纠纷", marker).get("id").asString();
        var published = json(api.post("/api/v1/staff/publication/items/" + id + "/approval", "{}", bearer(clerkToken)))
                .get("publishedJudgment")
                .asString();
        var text = json(api.get("/api/v1/staff/publication/items/" + id, bearer(clerkToken)))
                .get("proposed")
                .get("text")
                .asString();

        var correction = api.post(
                "/api/v1/staff/publication/judgments/" + published + "/correction",
                IdentityFixtures.JSON
                        .createObjectNode()
                        .put("text", text.replace("阿强", "阿某"))
                        .put("reason", "遗漏隐去案外人姓名")
                        .toString(),
                bearer(clerkToken));
        var corrected = api.get("/judgments/" + published, "Accept-Language", "zh-CN");

        assertThat(correction.statusCode()).as(correction.body()).isEqualTo(200);
        assertThat(corrected.body())
                .contains("表弟阿某", LocalDate.now(clock) + "更正，理由：遗漏隐去案外人姓名")
                .doesNotContain("阿强");

        var blank = api.post(
                "/api/v1/staff/publication/judgments/" + published + "/withdrawal",
                "{\"reason\":\" \"}",
                bearer(clerkToken, "Accept-Language", "zh-CN"));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(json(blank).get("errors").get(0).get("message").asString()).isEqualTo("请填写理由；该理由将予公布。");

        var withdrawal = api.post(
                "/api/v1/staff/publication/judgments/" + published + "/withdrawal",
                "{\"reason\":\"错误公开\"}",
                bearer(clerkToken));
        var gone = api.get("/judgments/" + published, "Accept-Language", "en");

        assertThat(withdrawal.statusCode()).as(withdrawal.body()).isEqualTo(200);
        assertThat(search(marker).get("total").asLong()).isZero();
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body())
                .contains("Withdrawn on " + LocalDate.now(clock) + " because: 错误公开")
                .doesNotContain("阿某");
        assertThat(api.get("/judgments/" + published + ".pdf").statusCode()).isEqualTo(410);
    }

    @Test
    void aDivorceJudgmentIsNotPublishedOnlyItsCaseNumberCourtDateAndReason() throws Exception {
        var marker = WorkflowFixtures.marker();
        var item = queuedJudgment("离婚纠纷", marker);
        var id = item.get("id").asString();
        assertThat(item.get("requiredExclusion").asString()).isEqualTo("DIVORCE_OR_CUSTODY");

        var refused = api.post(
                "/api/v1/staff/publication/items/" + id + "/approval",
                "{}",
                bearer(clerkToken, "Accept-Language", "en"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("type").asString()).isEqualTo("/problems/excluded-from-publication");
        assertThat(json(refused).get("ground").asString()).isEqualTo("DIVORCE_OR_CUSTODY");

        var excluded = api.post(
                "/api/v1/staff/publication/items/" + id + "/exclusion",
                "{\"ground\":\"DIVORCE_OR_CUSTODY\"}",
                bearer(clerkToken));
        assertThat(excluded.statusCode()).as(excluded.body()).isEqualTo(200);
        var notice = json(excluded).get("publishedJudgment").asString();

        var page = api.get("/judgments/" + notice, "Accept-Language", "zh-CN");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(item.get("caseNumber").asString(), "济南市历下区人民法院", "离婚诉讼或者涉及未成年子女抚养、监护")
                .doesNotContain(marker, "张三", "张某", "离婚纠纷");
        var hits = search("离婚诉讼 未成年子女").get("hits");
        assertThat(hits.findValuesAsString("id")).contains(notice);
        assertThat(api.get("/judgments/" + notice + ".pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void aClerkOfAnotherCourtNeitherSeesNorDecidesThisCourtsQueue() throws Exception {
        var item = queuedJudgment("民间借贷纠纷", WorkflowFixtures.marker());
        var id = item.get("id").asString();
        var other = otherCourtClerkToken();

        var queue = api.get("/api/v1/staff/publication/items?court=" + COURT.value(), bearer(other));
        var ownQueue = api.get("/api/v1/staff/publication/items", bearer(other));
        var read = api.get("/api/v1/staff/publication/items/" + id, bearer(other));
        var approve = api.post("/api/v1/staff/publication/items/" + id + "/approval", "{}", bearer(other));
        var decisions = api.get("/api/v1/staff/cases/" + item.get("caseId").asString() + "/decisions", bearer(other));

        assertThat(queue.statusCode()).isEqualTo(403);
        assertThat(json(queue).get("type").asString()).isEqualTo("/problems/not-publication-reviewer");
        assertThat(ownQueue.statusCode()).isEqualTo(200);
        assertThat(json(ownQueue).findValuesAsString("id")).doesNotContain(id);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(approve.statusCode()).isEqualTo(404);
        assertThat(decisions.statusCode()).isEqualTo(403);
        assertThat(json(api.get("/api/v1/staff/publication/items/" + id, bearer(clerkToken)))
                        .get("item")
                        .get("status")
                        .asString())
                .isEqualTo("AWAITING_REVIEW");
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and outcome = 'DENIED'")
                        .param("publication-item:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aLitigantHasNoAccessToTheQueueNorToRecordingDecisions() throws Exception {
        var litigant = IdentityFixtures.token(api.login(filer, PASSWORD, null));
        var caseId = fixtures.registeredCase(COURT, filer, clerk, "民间借贷纠纷");

        var queue = api.get("/api/v1/staff/publication/items", bearer(litigant));
        var recorded = api.post(
                "/api/v1/staff/cases/" + caseId + "/decisions",
                WorkflowFixtures.effectiveJudgment("判决书", "2026-01-05", "2026-01-06"),
                bearer(litigant));

        assertThat(queue.statusCode()).isEqualTo(403);
        assertThat(recorded.statusCode()).isEqualTo(403);
    }
}
