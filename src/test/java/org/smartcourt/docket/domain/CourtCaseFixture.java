package org.smartcourt.docket.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.AmountInDispute;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CauseOfAction;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyKind;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.Representative;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;

/** Cases for tests: a private-lending case at 鲁0102, in any state. */
final class CourtCaseFixture {

    static final CourtCode COURT = CourtCode.of("鲁0102");
    static final Instant FILED_AT = Instant.parse("2026-03-02T02:00:00Z");
    static final Actor CLERK = new Actor("clerk-li", ActorRole.CLERK, "李立案");

    private CourtCaseFixture() {}

    static NewCase privateLending() {
        return new NewCase(
                COURT,
                CaseTypeCode.of("民初"),
                Procedure.SUMMARY,
                CauseOfAction.named("民间借贷纠纷"),
                AmountInDispute.of("50000"),
                List.of(
                        new Party(PartyRole.PLAINTIFF, PartyKind.NATURAL_PERSON, "张三", "P-1", "zhangsan"),
                        new Party(PartyRole.DEFENDANT, PartyKind.NATURAL_PERSON, "李四", "D-1", "lisi"),
                        new Party(PartyRole.THIRD_PARTY, PartyKind.LEGAL_PERSON, "某担保公司", "T-1", null)),
                List.of(
                        new Representative("lawyer-wang", "13701200000000001", "P-1"),
                        new Representative("lawyer-zhao", "13701200000000002", "D-1")),
                "filer-zhang");
    }

    static CourtCase filed() {
        var filed = CourtCase.file(CaseId.random(), privateLending(), FILED_AT, List.of());
        filed.clearChanges();
        return filed;
    }

    /** A case brought into the state by legal moves only. */
    static CourtCase in(CaseStatus status) {
        var courtCase = filed();
        var at = FILED_AT.plusSeconds(3600);
        switch (status) {
            case FILED -> {}
            case CORRECTION_REQUESTED ->
                courtCase.requestCorrection(
                        List.of(new Defect("defendant.address", "被告住址不明确")),
                        LocalDate.of(2026, 3, 20),
                        LocalDate.of(2026, 3, 2),
                        CLERK,
                        at);
            case REGISTERED -> courtCase.register(number(1), CLERK, at);
            case ASSIGNED -> {
                courtCase.register(number(1), CLERK, at);
                courtCase.assignJudge(new JudgeAssignment("judge-chen", "陈法官", AssignmentMethod.RANDOM, at), CLERK);
            }
            case CLOSED -> {
                courtCase.register(number(1), CLERK, at);
                courtCase.assignJudge(new JudgeAssignment("judge-chen", "陈法官", AssignmentMethod.RANDOM, at), CLERK);
                courtCase.close(CLERK, at);
            }
            case REFUSED -> courtCase.refuse(List.of("不属于人民法院受理民事诉讼的范围"), CLERK, at);
            case WITHDRAWN -> courtCase.withdraw(Actor.of("filer-zhang", ActorRole.FILER), at);
            case TRANSFERRED -> {
                courtCase.register(number(1), CLERK, at);
                courtCase.transfer(CourtCode.of("鲁0103"), CLERK, at);
            }
        }
        courtCase.clearChanges();
        return courtCase;
    }

    static CaseNumber number(long serial) {
        return CaseNumber.of(2026, COURT, "民初", serial);
    }
}
