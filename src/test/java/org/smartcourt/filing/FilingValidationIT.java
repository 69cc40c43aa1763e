package org.smartcourt.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.filing.FilingApi.json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.filing.domain.Answers;
import org.smartcourt.filing.domain.ClaimAnswer;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Invalid elements and files are refused field by field, with messages in the caller's language. */
@CourtIntegrationTest
class FilingValidationIT {

    @LocalServerPort
    int port;

    @Autowired
    CreateAccount createAccount;

    FilingApi api;
    String draft;

    @BeforeEach
    void draft() throws Exception {
        api = new FilingApi(port, new FilingAccounts(port, createAccount).unverifiedLitigant());
        draft = api.draft("鲁0102", "private-lending", Answers.EMPTY);
    }

    private static Map<String, String> errors(JsonNode problem) {
        var errors = new LinkedHashMap<String, String>();
        problem.get("errors")
                .forEach(error -> errors.put(
                        error.get("field").asString(), error.get("message").asString()));
        return errors;
    }

    @Test
    void aNegativeAmountAndALoanDateAfterTheFilingDateAreRefusedEachOnItsField() throws Exception {
        var sample = SampleFilings.sample("private-lending").answers();
        var claims = new LinkedHashMap<>(sample.claims());
        claims.put("principal", ClaimAnswer.ofAmount("-100"));
        var facts = new LinkedHashMap<>(sample.facts());
        facts.put("loanDate", java.time.LocalDate.now().plusDays(30).toString());

        var saved = api.put(
                "/api/v1/filing/drafts/" + draft,
                SampleFilings.json(sample.withClaims(claims).withFacts(facts)));

        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(saved.headers().firstValue("Content-Type")).contains("application/problem+json");
        var problem = json(saved);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/validation-failed");
        assertThat(errors(problem))
                .containsEntry("claims.principal.amount", "本金金额：金额不能为负数")
                .containsEntry("facts.loanDate", "借款交付日期不得晚于起诉日期");
    }

    @Test
    void theMessagesFollowTheCallersLanguage() throws Exception {
        var saved = api.inEnglish()
                .put(
                        "/api/v1/filing/drafts/" + draft,
                        SampleFilings.json(Answers.EMPTY.withFacts(Map.of("loanAmount", "-1", "agreedRate", "abc"))));

        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(errors(json(saved)))
                .containsEntry("facts.loanAmount", "Amount lent: an amount cannot be negative")
                .containsEntry("facts.agreedRate", "Agreed annual rate (%): please enter a percentage from 0 to 100");
    }

    @Test
    void aMissingRequiredElementKeepsTheComplaintFromBeingGenerated() throws Exception {
        var sample = SampleFilings.sample("private-lending").answers();
        var facts = new LinkedHashMap<>(sample.facts());
        facts.remove("loanAmount");
        assertThat(api.put("/api/v1/filing/drafts/" + draft, SampleFilings.json(sample.withFacts(facts)))
                        .statusCode())
                .as("a draft may be incomplete")
                .isEqualTo(200);

        var generated = api.post("/api/v1/filing/drafts/" + draft + "/complaint", "");

        assertThat(generated.statusCode()).isEqualTo(400);
        assertThat(errors(json(generated))).containsEntry("facts.loanAmount", "借款金额：请填写此项");
        assertThat(json(api.get("/api/v1/filing/drafts/" + draft))
                        .get("missing")
                        .toString())
                .contains("facts.loanAmount");
    }

    @Test
    void aFileThatIsNoPdfJpegOrPngIsRefusedWhateverItsNameSays() throws Exception {
        var zip = new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};

        var uploaded = api.upload("/api/v1/filing/drafts/" + draft + "/attachments", "contract.pdf", zip, "EVIDENCE");

        assertThat(uploaded.statusCode()).isEqualTo(400);
        assertThat(errors(json(uploaded))).containsEntry("file", "附件：只接受 PDF、JPEG 或 PNG 文件");
        var text = api.upload(
                "/api/v1/filing/drafts/" + draft + "/attachments",
                "note.png",
                "just text".getBytes(StandardCharsets.UTF_8),
                "EVIDENCE");
        assertThat(text.statusCode()).isEqualTo(400);
    }

    @Test
    void theSameFileAttachedTwiceIsStoredOnce() throws Exception {
        var png = new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

        var first = api.upload("/api/v1/filing/drafts/" + draft + "/attachments", "a.png", png, "EVIDENCE");
        var second = api.upload("/api/v1/filing/drafts/" + draft + "/attachments", "b.png", png, "EVIDENCE");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).get("mediaType").asString()).isEqualTo("image/png");
        assertThat(json(second).get("hash").asString())
                .isEqualTo(json(first).get("hash").asString());
        assertThat(json(api.get("/api/v1/filing/drafts/" + draft))
                        .get("attachments")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void anUnknownCourtOrCaseTypeIsRefused() throws Exception {
        var court = api.post("/api/v1/filing/drafts", "{\"court\":\"鲁9999\",\"type\":\"private-lending\"}");
        assertThat(court.statusCode()).isEqualTo(400);
        assertThat(errors(json(court))).containsKey("court");

        var type = api.post("/api/v1/filing/drafts", "{\"court\":\"鲁0102\",\"type\":\"astrology\"}");
        assertThat(type.statusCode()).isEqualTo(404);
    }
}
