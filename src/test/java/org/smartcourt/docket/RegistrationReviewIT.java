package org.smartcourt.docket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.docket.application.ListMyCases;
import org.smartcourt.docket.application.OpenAppeal;
import org.smartcourt.docket.application.OpenEnforcement;
import org.smartcourt.docket.application.RefuseFiling;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.docket.application.RequestCorrection;
import org.smartcourt.docket.application.ShowRegistrationQueue;
import org.smartcourt.docket.application.ViewCase;
import org.smartcourt.docket.application.WithdrawCase;
import org.smartcourt.docket.domain.AssignmentMethod;
import org.smartcourt.docket.domain.CaseLink;
import org.smartcourt.docket.domain.CaseNode;
import org.smartcourt.docket.domain.CaseStatus;
import org.smartcourt.docket.domain.Defect;
import org.smartcourt.docket.domain.LinkKind;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

@CourtIntegrationTest
class RegistrationReviewIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");
    private static final CourtCode INTERMEDIATE = CourtCode.of("鲁01");

    @Autowired
    Docket docket;

    @Autowired
    RegisterCase registerCase;

    @Autowired
    RequestCorrection requestCorrection;

    @Autowired
    RefuseFiling refuseFiling;

    @Autowired
    WithdrawCase withdrawCase;

    @Autowired
    OpenAppeal openAppeal;

    @Autowired
    OpenEnforcement openEnforcement;

    @Autowired
    ViewCase viewCase;

    @Autowired
    ListMyCases listMyCases;

    @Autowired
    ShowRegistrationQueue queue;

    @Autowired
    StaffAccounts staff;

    @Autowired
    CourtCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordedDocketEvents events;

    private String clerk;
    private String judge;
    private String plaintiff;
    private String defendant;

    @BeforeEach
    void staffTheCourt() {
        plaintiff = Filings.unique("plaintiff");
        defendant = Filings.unique("defendant");
        clerk = staff.clerkAt(COURT, "王立案");
        judge = staff.judgeAt(COURT, "陈审判");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static int year() {
        return today().getYear();
    }

    @Test
    void aRegisteredCaseGetsTheOfficialNumberOfItsYearAndAJudge() {
        var id = docket.open(Filings.privateLending(COURT, plaintiff, defendant));

        var result = registerCase.register(id, clerk, new RegisterCase.Decision(AssignmentMethod.MANUAL, judge));

        assertThat(result.caseNumber().toString()).matches("（" + year() + "）鲁0102民初\\d+号");
        var file = viewCase.view(id, plaintiff);
        assertThat(file.courtCase().status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(file.courtCase().number()).isEqualTo(result.caseNumber());
        assertThat(file.courtCase().judge()).isNotNull();
        assertThat(file.courtCase().judge().judge()).isEqualTo(judge);
        assertThat(file.courtCase().judge().method()).isEqualTo(AssignmentMethod.MANUAL);
    }

    @Test
    void theClerksQueueShowsFiledCasesOldestFirstWithTheDaysLeft() {
        var first = docket.open(Filings.privateLending(COURT, plaintiff, defendant));
        var second = docket.open(Filings.privateLending(COURT, Filings.unique("plaintiff"), defendant));

        var entries = queue.of(COURT, CaseStatus.FILED, clerk);

        var ids = entries.stream().map(entry -> entry.courtCase().id()).toList();
        assertThat(ids).containsSubsequence(first, second);
        var entry = entries.get(ids.indexOf(first));
        assertThat(entry.lastDay()).isEqualTo(calendar.lastDayOf(today(), 7));
        assertThat(entry.daysLeft()).isEqualTo(calendar.daysLeft(today(), 7, today()));
    }

    @Test
    void aRequestForCorrectionTakesTheCaseOutOfTheQueueUntilTheCorrectionsRestartThePeriod() {
        var filing = Filings.privateLending(COURT, plaintiff, defendant);
        var id = docket.open(filing);

        requestCorrection.request(
                id,
                clerk,
                List.of(new Defect("defendant.address", "被告住所不明确"), new Defect(null, "缺少借条复印件")),
                today().plusDays(15));

        assertThat(queue.of(COURT, CaseStatus.FILED, clerk))
                .noneMatch(e -> e.courtCase().id().equals(id));
        assertThat(queue.of(COURT, CaseStatus.CORRECTION_REQUESTED, clerk))
                .anyMatch(e -> e.courtCase().id().equals(id));
        var requested = viewCase.view(id, plaintiff).courtCase();
        assertThat(requested.correction()).isNotNull();
        assertThat(requested.correction().defects()).hasSize(2);

        docket.resubmit(id, filing);

        var resubmitted = viewCase.view(id, plaintiff).courtCase();
        assertThat(resubmitted.status()).isEqualTo(CaseStatus.FILED);
        assertThat(resubmitted.receivedAt()).isAfter(resubmitted.filedAt());
        assertThat(queue.of(COURT, CaseStatus.FILED, clerk))
                .filteredOn(e -> e.courtCase().id().equals(id))
                .singleElement()
                .satisfies(e -> assertThat(e.lastDay()).isEqualTo(calendar.lastDayOf(today(), 7)));
        assertThatThrownBy(() ->
                        requestCorrection.request(id, clerk, List.of(new Defect(null, "再次补正")), today().plusDays(10)))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void aRefusedCaseKeepsItsReasonsAndCannotBeRegisteredAnyMore() {
        var id = docket.open(Filings.privateLending(COURT, plaintiff, defendant));

        refuseFiling.refuse(id, clerk, List.of("不属于人民法院受理民事诉讼的范围"));

        var refused = viewCase.view(id, plaintiff).courtCase();
        assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(refused.refusalReasons()).containsExactly("不属于人民法院受理民事诉讼的范围");
        assertThat(refused.number()).isNull();
        assertThatThrownBy(() -> registerCase.register(id, clerk, RegisterCase.Decision.byDefault()))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void onlyTheCourtsClerksDecideAndADenialIsAudited() {
        var id = docket.open(Filings.privateLending(COURT, plaintiff, defendant));
        var clerkElsewhere = staff.clerkAt(CourtCode.of("鲁0103"), "别处立案");

        assertThatThrownBy(() -> registerCase.register(id, clerkElsewhere, RegisterCase.Decision.byDefault()))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(auditOutcomes(clerkElsewhere, "docket.case.registered", id)).containsExactly("DENIED");
        assertThat(viewCase.view(id, plaintiff).courtCase().status()).isEqualTo(CaseStatus.FILED);
    }

    @Test
    void anAppealIsOpenedAtTheSuperiorCourtAndNumberedThereAsSecondInstance() {
        var firstInstance = docket.open(Filings.privateLending(COURT, plaintiff, defendant));
        registerCase.register(firstInstance, clerk, RegisterCase.Decision.byDefault());
        var appealClerk = staff.clerkAt(INTERMEDIATE, "中院立案");

        var appeal = openAppeal.open(firstInstance, defendant);
        var result = registerCase.register(appeal, appealClerk, RegisterCase.Decision.byDefault());

        assertThat(result.caseNumber().toString()).matches("（" + year() + "）鲁01民终\\d+号");
        var appealCase = viewCase.view(appeal, defendant).courtCase();
        assertThat(appealCase.court()).isEqualTo(INTERMEDIATE);
        assertThat(appealCase.links())
                .containsExactly(new CaseLink(LinkKind.APPEAL, CaseLink.Direction.BEFORE, firstInstance));
        assertThat(viewCase.view(firstInstance, plaintiff).courtCase().links())
                .containsExactly(new CaseLink(LinkKind.APPEAL, CaseLink.Direction.AFTER, appeal));
    }

    @Test
    void theEnforcementOfAnAppealGoesToTheFirstInstanceCourt() {
        var firstInstance = docket.open(Filings.privateLending(COURT, plaintiff, defendant));
        registerCase.register(firstInstance, clerk, RegisterCase.Decision.byDefault());
        var appealClerk = staff.clerkAt(INTERMEDIATE, "中院立案");
        var appeal = openAppeal.open(firstInstance, defendant);
        registerCase.register(appeal, appealClerk, RegisterCase.Decision.byDefault());

        var enforcement = openEnforcement.open(appeal, plaintiff);
        var result = registerCase.register(enforcement, clerk, RegisterCase.Decision.byDefault());

        assertThat(result.caseNumber().toString()).matches("（" + year() + "）鲁0102执\\d+号");
        assertThat(viewCase.view(enforcement, plaintiff).courtCase().links())
                .containsExactly(new CaseLink(LinkKind.ENFORCEMENT, CaseLink.Direction.BEFORE, appeal));
    }

    @Test
    void preFilingMediationIsNumberedUnderItsOwnType() {
        var id = docket.open(Filings.of(COURT, "民诉前调", plaintiff, defendant));

        var result = registerCase.register(id, clerk, RegisterCase.Decision.byDefault());

        assertThat(result.caseNumber().toString()).matches("（" + year() + "）鲁0102民诉前调\\d+号");
    }

    @Test
    void theTimelineHoldsEveryNodeInOrder() {
        var filing = Filings.privateLending(COURT, plaintiff, defendant);
        var id = docket.open(filing);
        requestCorrection.request(id, clerk, List.of(new Defect(null, "缺少证据清单")), today().plusDays(10));
        docket.resubmit(id, filing);
        registerCase.register(id, clerk, new RegisterCase.Decision(AssignmentMethod.MANUAL, judge));
        docket.recordNode(
                id,
                new NewNode(
                        ActorRole.COURT,
                        null,
                        "docket.node.documentIssued",
                        List.of("受理通知书"),
                        List.of("a".repeat(64)),
                        today().plusDays(7)));

        var timeline = viewCase.view(id, defendant).timeline();

        assertThat(timeline)
                .extracting(CaseNode::messageCode)
                .containsExactly(
                        "docket.node.filed",
                        "docket.node.correctionRequested",
                        "docket.node.resubmitted",
                        "docket.node.registered",
                        "docket.node.judgeAssigned.MANUAL",
                        "docket.node.documentIssued");
        assertThat(timeline.get(3).actorName()).isEqualTo("王立案");
        assertThat(timeline.get(4).arguments()).containsExactly("陈审判");
        assertThat(timeline.get(5).documents()).containsExactly("a".repeat(64));
        assertThat(timeline).isSortedAccordingTo(java.util.Comparator.comparing(CaseNode::at));
    }

    @Test
    void someoneElseIsRefusedTheCaseAndTheDenialIsAudited() {
        var id = docket.open(Filings.privateLending(COURT, plaintiff, defendant));
        var stranger = Filings.unique("stranger");

        assertThatThrownBy(() -> viewCase.view(id, stranger))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(problem.getBody().getType().toString()).isEqualTo("/problems/case-access-denied");
                });
        viewCase.view(id, defendant);

        assertThat(auditOutcomes(stranger, "docket.case.read", id)).containsExactly("DENIED");
        assertThat(auditOutcomes(defendant, "docket.case.read", id)).containsExactly("SUCCESS");
        assertThat(listMyCases.of(stranger)).isEmpty();
        assertThat(listMyCases.of(defendant)).extracting(c -> c.id()).containsExactly(id);
    }

    @Test
    void theFilerWithdrawsButTheDefendantMayNot() {
        var id = docket.open(Filings.privateLending(COURT, plaintiff, defendant));

        assertThatThrownBy(() -> withdrawCase.withdraw(id, defendant))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        withdrawCase.withdraw(id, plaintiff);

        assertThat(viewCase.view(id, plaintiff).courtCase().status()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    @Test
    void eachDecisionIsPublishedForTheModulesThatFollow() {
        var filing = Filings.privateLending(COURT, plaintiff, defendant);
        var id = docket.open(filing);
        requestCorrection.request(id, clerk, List.of(new Defect(null, "缺少证据清单")), today().plusDays(10));
        docket.resubmit(id, filing);
        registerCase.register(id, clerk, RegisterCase.Decision.byDefault());
        withdrawCase.withdraw(id, plaintiff);

        assertThat(events.about(id))
                .containsExactly(
                        "CaseFiled",
                        "CorrectionRequested",
                        "CaseResubmitted",
                        "CaseRegistered",
                        "JudgeAssigned",
                        "CaseWithdrawn");
    }

    private List<String> auditOutcomes(String actor, String action, CaseId id) {
        return jdbc.sql("select outcome from audit_entry where actor = ? and action = ? and subject = ? order by seq")
                .params(actor, action, id.toString())
                .query(String.class)
                .list();
    }
}
