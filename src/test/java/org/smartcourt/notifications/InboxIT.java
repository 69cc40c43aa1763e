package org.smartcourt.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.Filings;
import org.smartcourt.docket.application.RefuseFiling;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.docket.domain.AssignmentMethod;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.Documents;
import org.smartcourt.filing.PdfText;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@CourtIntegrationTest
class InboxIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");
    private static final String REASON = "不属于人民法院受理民事诉讼的范围";

    @LocalServerPort
    int port;

    @Autowired
    Docket docket;

    @Autowired
    RefuseFiling refuseFiling;

    @Autowired
    RegisterCase registerCase;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Documents documents;

    private IdentityFixtures http;
    private String filer;
    private String token;

    @BeforeEach
    void aLitigantWithAnAccount() throws Exception {
        http = new IdentityFixtures(port);
        filer = IdentityFixtures.username("filer");
        var registered =
                http.post("/api/v1/accounts", IdentityFixtures.naturalPerson(filer, IdentityFixtures.residentId()));
        assertThat(registered.statusCode()).isEqualTo(201);
        token = IdentityFixtures.token(http.login(filer, IdentityFixtures.PASSWORD, null));
    }

    @Test
    void aRefusalReachesTheFilerWithItsReasonsAndTheSealedRulingInTheirLanguage() throws Exception {
        var clerk = staff.clerkAt(COURT, "王立案");
        var id = docket.open(Filings.privateLending(COURT, filer, Filings.unique("defendant")));

        refuseFiling.refuse(id, clerk, List.of(REASON));

        var message = awaitMessage("zh-CN", id.toString());
        assertThat(message.get("subject").asString()).contains("不予受理");
        assertThat(message.get("body").asString()).contains(REASON);
        assertThat(message.get("readAt").isNull()).isTrue();
        var english = awaitMessage("en", id.toString());
        assertThat(english.get("subject").asString()).isEqualTo("The court refused to accept your case");
        assertThat(english.get("body").asString()).contains("Reasons: " + REASON);

        var ruling = documents
                .open(DocumentHash.of(message.get("documentHash").asString()))
                .orElseThrow();
        var text = PdfText.compact(PdfText.of(ruling.content()));
        assertThat(text).contains("民事裁定书", "本院经审查认为，" + REASON, "本院不予受理", "第一百二十六条", "中级人民法院");
        var code = Pattern.compile("验证码：(\\w+)").matcher(text);
        assertThat(code.find()).isTrue();
        var verdict = http.post("/api/v1/documents/verify", "{\"code\":\"" + code.group(1) + "\"}");
        assertThat(IdentityFixtures.json(verdict).get("status").asString()).isEqualTo("GENUINE");

        var messageId = message.get("id").asString();
        var stranger = http.registeredLitigantToken();
        assertThat(ack(messageId, stranger)).isEqualTo(404);
        assertThat(ack(messageId, token)).isEqualTo(204);
        assertThat(ack(messageId, token)).isEqualTo(204);
        assertThat(messageFor("zh-CN", id.toString()).get("readAt").isNull()).isFalse();
    }

    @Test
    void aRegistrationTellsTheFilerTheCaseNumber() throws Exception {
        var clerk = staff.clerkAt(COURT, "王立案");
        var judge = staff.judgeAt(COURT, "陈审判");
        var id = docket.open(Filings.privateLending(COURT, filer, Filings.unique("defendant")));

        var result = registerCase.register(id, clerk, new RegisterCase.Decision(AssignmentMethod.MANUAL, judge));

        var message = awaitMessage("zh-CN", id.toString());
        assertThat(message.get("subject").asString())
                .contains(result.caseNumber().toString());
        assertThat(message.get("body").asString()).contains(result.caseNumber().toString(), "诉讼费用");
    }

    private JsonNode awaitMessage(String language, String caseId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> messageFor(language, caseId), found -> found != null);
    }

    private JsonNode messageFor(String language, String caseId) throws Exception {
        var inbox = http.get("/api/v1/inbox", "Authorization", "Bearer " + token, "Accept-Language", language);
        assertThat(inbox.statusCode()).isEqualTo(200);
        for (var message : IdentityFixtures.json(inbox)) {
            if (caseId.equals(message.get("caseId").asString())) {
                return message;
            }
        }
        return null;
    }

    private int ack(String messageId, String bearer) throws Exception {
        return http.post("/api/v1/inbox/" + messageId + "/ack", "", "Authorization", "Bearer " + bearer)
                .statusCode();
    }
}
