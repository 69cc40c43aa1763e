package org.smartcourt.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
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
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Registered cases, judgment texts and the publication API, for the workflow's ITs and journey. */
@Component
public class WorkflowFixtures {

    private final Docket docket;
    private final RegisterCase registerCase;

    WorkflowFixtures(Docket docket, RegisterCase registerCase) {
        this.docket = docket;
        this.registerCase = registerCase;
    }

    /** A word of capital letters no other judgment contains, to find this one in the search. */
    public static String marker() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("QZ");
        for (var i = 0; i < 8; i++) {
            word.append((char) ('A' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A case filed by {@code filer} and registered by {@code clerk}: 张三 sues 李四 for this cause. */
    public CaseId registeredCase(CourtCode court, String filer, String clerk, String cause) {
        var id = docket.open(new NewCase(
                court,
                CaseTypeCode.of("民初"),
                Procedure.SUMMARY,
                CauseOfAction.named(cause),
                AmountInDispute.of("80000.00"),
                List.of(
                        new Party(PartyRole.PLAINTIFF, PartyKind.NATURAL_PERSON, "张三", "P-" + filer, filer),
                        new Party(
                                PartyRole.DEFENDANT,
                                PartyKind.NATURAL_PERSON,
                                "李四",
                                "D-" + IdentityFixtures.username("d"),
                                null)),
                List.of(),
                filer));
        registerCase.register(id, clerk, RegisterCase.Decision.byDefault());
        return id;
    }

    public String caseNumber(CaseId id) {
        return docket.outline(id).orElseThrow().number().toString();
    }

    /**
     * A civil judgment naming the parties, a witness the machine recognises (王五), a relative it misses (阿强) and
     * the marker.
     */
    public static String judgment(String caseNumber, String cause, String marker) {
        return String.join(
                "\n",
                "济南市历下区人民法院",
                "民事判决书",
                caseNumber,
                "原告：张三，男，1980年1月1日出生，住山东省济南市历下区和平路12号。",
                "被告：李四，男，1982年2月2日出生。",
                "原告张三与被告李四" + cause + "一案，本院依法适用简易程序公开开庭进行了审理。证人王五出庭作证。",
                "借款由原告的表弟阿强经手转交，合同编号 " + marker + " 。",
                "本院认为，被告李四应当偿还原告张三借款。判决如下：被告李四于本判决生效之日起十日内偿还原告张三借款80000元。",
                "审判员 陈审判",
                "二〇二六年三月二日",
                "书记员 王立案");
    }

    /** The JSON body recording an effective judgment with its text. */
    public static String effectiveJudgment(String text, String decidedOn, String effectiveOn) {
        return IdentityFixtures.JSON
                .createObjectNode()
                .put("kind", "JUDGMENT")
                .put("decidedOn", decidedOn)
                .put("effectiveOn", effectiveOn)
                .put("text", text)
                .toString();
    }

    public static String[] bearer(String token, String... more) {
        var headers = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        headers.addAll(List.of(more));
        return headers.toArray(String[]::new);
    }

    /** Waits until the case's document is in the court's queue, and returns its summary. */
    public static JsonNode awaitQueued(IdentityFixtures api, String token, CourtCode court, CaseId caseId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> queued(api, token, court, caseId), found -> found != null);
    }

    private static JsonNode queued(IdentityFixtures api, String token, CourtCode court, CaseId caseId)
            throws Exception {
        var response = api.get("/api/v1/staff/publication/items?court=" + court.value(), bearer(token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (var item : IdentityFixtures.json(response)) {
            if (caseId.toString().equals(item.get("caseId").asString())) {
                return item;
            }
        }
        return null;
    }
}
