package org.smartcourt.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.publication.anonymisation.Category;
import org.smartcourt.publication.anonymisation.Redaction;
import org.smartcourt.publication.application.AnonymisationRequest;
import org.smartcourt.publication.application.AnonymisationRequest.PartyEntry;
import org.smartcourt.publication.application.AnonymiseJudgment;
import org.smartcourt.publication.application.InvalidAnonymisationRequest;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@CourtIntegrationTest
class AnonymisationIT {

    private static final String JUDGMENT =
            "刑事判决书 （2018）鲁0102刑初123号 被告人王建国，住山东省济南市历下区和平路12号。" + "被害人李小红的电话为13812345678。 审判长刘振华 书记员周敏";

    @LocalServerPort
    int port;

    @Autowired
    AnonymiseJudgment anonymiseJudgment;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCallerWhoIsNotSignedInGetsNoAnonymisedText() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/publication/anonymize"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"text\":\"被害人李小红\",\"caseType\":\"刑初\",\"profile\":\"RULE_2016\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(302, 401, 403);
        assertThat(response.body()).doesNotContain("李某");
    }

    @Test
    void aClerkGetsTheJudgmentWithEveryPartyMaskedAndTheCallIsAudited() {
        var clerk = "clerk-" + UUID.randomUUID();
        var request = new AnonymisationRequest(
                JUDGMENT,
                "刑初",
                "PRACTICE_2024",
                List.of(new PartyEntry("王建国", "被告人"), new PartyEntry("李小红", "VICTIM")));

        var result = anonymiseJudgment.anonymise(request, clerk);

        assertThat(result.text())
                .isEqualTo("刑事判决书 （2018）鲁0102刑初123号 被告人王某，住山东省济南市历下区××。" + "被害人李某的电话为×××××××××××。 审判长刘振华 书记员周敏");
        assertThat(result.redactions())
                .extracting(Redaction::category)
                .containsExactly(Category.PERSON, Category.ADDRESS, Category.PERSON, Category.PHONE);
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'publication.anonymised'")
                        .param(clerk)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "null", textBlock = """
            missing text;        null;      刑初;   RULE_2016;      VICTIM;    publication.anonymize.invalid.text.missing
            unknown profile;     被害人李某;  刑初;   RULE_2013;      VICTIM;    publication.anonymize.invalid.profile
            unknown case type;   被害人李某;  刑事;   RULE_2016;      VICTIM;    publication.anonymize.invalid.caseType
            unknown role;        被害人李某;  民初;   PRACTICE_2024;  SPECTATOR; publication.anonymize.invalid.party.role
            """)
    void aBadRequestIsRefusedWithAProblemInTheCallersLanguage(
            String rule, String text, String caseType, String profile, String role, String code) {
        var request = new AnonymisationRequest(text, caseType, profile, List.of(new PartyEntry("李某", role)));

        assertThatThrownBy(() -> anonymiseJudgment.anonymise(request, "clerk-1"))
                .isInstanceOfSatisfying(InvalidAnonymisationRequest.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(400);
                    assertThat(problem.getDetailMessageCode()).isEqualTo(code);
                    var chinese = problem.updateAndGetBody(messages, Locale.SIMPLIFIED_CHINESE);
                    assertThat(chinese.getType()).hasToString("/problems/invalid-anonymisation-request");
                    assertThat(chinese.getTitle()).isEqualTo("无法进行隐名处理");
                    assertThat(chinese.getDetail()).isNotBlank().doesNotContain("publication.");
                    var english = problem.updateAndGetBody(messages, Locale.ENGLISH);
                    assertThat(english.getTitle()).isEqualTo("The judgment cannot be anonymised");
                });
    }

    @Test
    void aTextOverTheLimitIsRefused() {
        var request = new AnonymisationRequest("某".repeat(500_001), "民初", "RULE_2016", null);

        assertThatThrownBy(() -> anonymiseJudgment.anonymise(request, "clerk-1"))
                .isInstanceOfSatisfying(
                        InvalidAnonymisationRequest.class,
                        problem -> assertThat(problem.updateAndGetBody(messages, Locale.ENGLISH)
                                        .getDetail())
                                .contains("500,001", "500,000"));
    }
}
