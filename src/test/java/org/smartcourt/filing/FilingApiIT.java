package org.smartcourt.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.filing.FilingApi.json;

import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.filing.domain.Answers;
import org.smartcourt.filing.domain.PartyAnswer;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The filing journey through the API alone: draft, complaint PDF, attachment, submission, registration, answer. */
@CourtIntegrationTest
class FilingApiIT {

    private static final String COURT = "鲁0102";
    private static final byte[] PDF =
            "%PDF-1.4\n% a tiny scanned IOU\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    CreateAccount createAccount;

    @Autowired
    JdbcClient jdbc;

    FilingAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new FilingAccounts(port, createAccount);
    }

    /** The private-lending sample with fresh parties, the defendant linked to the given account. */
    static Answers lending(String defendantAccount) {
        var sample = SampleFilings.sample("private-lending").answers();
        var parties = new ArrayList<PartyAnswer>();
        for (var party : sample.parties()) {
            parties.add(new PartyAnswer(
                    party.role(),
                    party.kind(),
                    party.name(),
                    party.identification(),
                    party.gender(),
                    party.birthDate(),
                    party.ethnicity(),
                    party.address(),
                    party.phone(),
                    party.legalRepresentative(),
                    "DEFENDANT".equals(party.role()) ? defendantAccount : null));
        }
        return sample.withParties(parties);
    }

    private long casesFiledBy(String filer) {
        return jdbc.sql("select count(*) from docket_case where filer = :filer")
                .param("filer", filer)
                .query(Long.class)
                .single();
    }

    @Test
    void aVerifiedLitigantFilesAPrivateLendingCaseThatAClerkRegistersAndOnlyItsPartiesSee() throws Exception {
        var filer = accounts.verifiedLitigant();
        var defendant = accounts.unverifiedLitigant();
        var api = new FilingApi(port, filer);

        // Given the case types and a draft at 鲁0102 with complete answers
        var types = api.get("/api/v1/filing/schemas");
        assertThat(types.statusCode()).isEqualTo(200);
        assertThat(types.body()).contains("private-lending", "民间借贷纠纷");
        assertThat(api.get("/api/v1/filing/schemas/private-lending").body()).contains("loanDate", "借款交付日期");
        var draft = api.draft(COURT, "private-lending", lending(defendant.username()));
        var shown = json(api.get("/api/v1/filing/drafts/" + draft));
        assertThat(shown.get("missing").size()).isZero();
        assertThat(shown.get("amountInDispute").decimalValue()).isEqualByComparingTo("190370.35");
        assertThat(shown.get("suggestedCourts").get(0).get("court").asString()).isEqualTo(COURT);

        // When the complaint is generated in one click and downloaded
        var generated = api.post("/api/v1/filing/drafts/" + draft + "/complaint", "");
        assertThat(generated.statusCode()).isEqualTo(200);
        var pdf = api.download(json(generated).get("url").asString());
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        var text = PdfText.compact(PdfText.of(pdf.body()));

        // Then it names the parties, each claim item and the amount in dispute
        assertThat(text)
                .contains(
                        "原告：张三",
                        "被告：李四",
                        "本金：100000.00元",
                        "利息：20123.45元",
                        "违约金：30123.45元",
                        "实现债权的费用：40123.45元",
                        "标的总额：190370.35元",
                        "此致济南市历下区人民法院");

        // When evidence is attached and the draft is filed
        var attached = api.upload("/api/v1/filing/drafts/" + draft + "/attachments", "iou.pdf", PDF, "EVIDENCE");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        var submitted = api.post("/api/v1/filing/drafts/" + draft + "/submission", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        var caseId = json(submitted).get("caseId").asString();

        // Then filing again answers with the same case, and the draft can no longer change
        var again = api.post("/api/v1/filing/drafts/" + draft + "/submission", "{}");
        assertThat(json(again).get("caseId").asString()).isEqualTo(caseId);
        assertThat(api.put("/api/v1/filing/drafts/" + draft, "{}").statusCode()).isEqualTo(409);

        // When a clerk of 鲁0102 registers it
        var clerk = new FilingApi(port, accounts.clerkAt(COURT));
        var queue = clerk.get("/api/v1/cases?court=" + java.net.URLEncoder.encode(COURT, "UTF-8"));
        assertThat(queue.body()).contains(caseId);
        var registered = clerk.post("/api/v1/cases/" + caseId + "/registration", "{}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        var caseNumber = json(registered).get("caseNumber").asString();
        assertThat(caseNumber).contains("鲁0102民初");

        // Then the litigant sees the number and every node; another litigant gets 403
        var mine = json(api.get("/api/v1/cases/" + caseId));
        assertThat(mine.get("caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(mine.get("amount").decimalValue()).isEqualByComparingTo("190370.35");
        var timeline = api.get("/api/v1/cases/" + caseId + "/timeline").body();
        assertThat(timeline).contains("docket.node.filed", "filing.node.materials", "docket.node.registered");
        var stranger = new FilingApi(port, accounts.unverifiedLitigant());
        assertThat(stranger.get("/api/v1/cases/" + caseId).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/filing/drafts/" + draft).statusCode()).isEqualTo(403);

        // And the defendant, whose account the complaint names, answers in one click
        var answer = new FilingApi(port, defendant);
        var positions = """
                {"claims":{"principal":{"stance":"PARTLY","note":"已还款五万元"},"interest":{"stance":"DENY"},
                "penalty":{"stance":"DENY"},"realisationCosts":{"stance":"DENY"},"costs":{"stance":"DENY"}},
                "facts":{"loanDate":{"stance":"ADMIT"}},"answerFacts":{"repaymentsClaimed":"50000"},
                "reasons":"被告已部分还款。","evidence":[{"name":"还款转账记录","source":"被告","purpose":"已还款"}]}""";
        assertThat(answer.put("/api/v1/filing/cases/" + caseId + "/answer", positions)
                        .statusCode())
                .isEqualTo(200);
        var answerPdf = answer.post("/api/v1/filing/cases/" + caseId + "/answer/pdf", "");
        assertThat(answerPdf.statusCode()).as(answerPdf.body()).isEqualTo(200);
        var answerText = PdfText.compact(PdfText.of(
                answer.download(json(answerPdf).get("url").asString()).body()));
        assertThat(answerText).contains("民事答辩状", "答辩人：李四", "部分认可。已还款五万元", "被告已部分还款。");
        assertThat(api.put("/api/v1/filing/cases/" + caseId + "/answer", positions)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aSubmissionInterruptedAfterTheCaseWasOpenedLeavesNoCaseAndTheDraftUnfiled() throws Exception {
        var filer = accounts.verifiedLitigant();
        var api = new FilingApi(port, filer);
        var draft = api.draft(COURT, "private-lending", lending(null));
        var staleVersion =
                json(api.get("/api/v1/filing/drafts/" + draft)).get("version").asLong();
        api.post("/api/v1/filing/drafts/" + draft + "/complaint", "");
        var before = casesFiledBy(filer.username());

        // The docket opens the case, then marking the draft fails: it changed since the filer looked at it.
        var submitted =
                api.post("/api/v1/filing/drafts/" + draft + "/submission", "{\"version\":%d}".formatted(staleVersion));

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(409);
        assertThat(json(submitted).get("type").asString()).isEqualTo("/problems/draft-changed");
        assertThat(casesFiledBy(filer.username())).isEqualTo(before);
        var shown = json(api.get("/api/v1/filing/drafts/" + draft));
        assertThat(shown.get("status").asString()).isEqualTo("DRAFT");
        assertThat(shown.get("caseId").isNull()).isTrue();
        // Filing the current version then works.
        assertThat(api.post("/api/v1/filing/drafts/" + draft + "/submission", "{}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(casesFiledBy(filer.username())).isEqualTo(before + 1);
    }

    @Test
    void aFilerWhoseRealNameIsNotVerifiedCannotFile() throws Exception {
        var filer = accounts.unverifiedLitigant();
        var api = new FilingApi(port, filer);
        var draft = api.draft(COURT, "private-lending", lending(null));

        var submitted = api.post("/api/v1/filing/drafts/" + draft + "/submission", "{}");

        assertThat(submitted.statusCode()).isEqualTo(403);
        assertThat(json(submitted).get("type").asString()).isEqualTo("/problems/real-name-required");
        assertThat(casesFiledBy(filer.username())).isZero();
    }

    @Test
    void aLawyerFilesForAClientOnlyWithThePowerOfAttorney() throws Exception {
        var lawyer = accounts.verifiedLawyer();
        var api = new FilingApi(port, lawyer);
        var draft = api.draft(
                COURT, "sale-of-goods", SampleFilings.sample("sale-of-goods").answers());

        var refused = api.post("/api/v1/filing/drafts/" + draft + "/submission", "{}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("attachments.powerOfAttorney");
        assertThat(json(refused).get("errors").get(0).get("message").asString()).contains("授权委托书");

        var attorney =
                api.upload("/api/v1/filing/drafts/" + draft + "/attachments", "poa.pdf", PDF, "POWER_OF_ATTORNEY");
        assertThat(attorney.statusCode()).isEqualTo(201);
        var submitted = api.post("/api/v1/filing/drafts/" + draft + "/submission", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        var shown =
                json(api.get("/api/v1/cases/" + json(submitted).get("caseId").asString()));
        assertThat(shown.get("representatives").toString()).contains("13701201810000001");
    }

    @Test
    void anotherUsersDraftIsForbiddenAndAnUnknownOneNotFound() throws Exception {
        var owner = new FilingApi(port, accounts.unverifiedLitigant());
        var draft = owner.draft(COURT, "divorce", Answers.EMPTY);
        var other = new FilingApi(port, accounts.unverifiedLitigant());

        assertThat(other.get("/api/v1/filing/drafts/" + draft).statusCode()).isEqualTo(403);
        assertThat(other.put("/api/v1/filing/drafts/" + draft, "{}").statusCode())
                .isEqualTo(403);
        assertThat(other.download("/api/v1/filing/drafts/" + draft + "/complaint.pdf")
                        .statusCode())
                .isEqualTo(403);
        assertThat(other.get("/api/v1/filing/drafts/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        var mine = owner.get("/api/v1/filing/drafts");
        assertThat(mine.body()).contains(draft);
        assertThat(other.get("/api/v1/filing/drafts").body()).doesNotContain(draft);
    }
}
