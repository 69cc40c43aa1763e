package org.smartcourt.docket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcourt.docket.domain.CaseStatus.ASSIGNED;
import static org.smartcourt.docket.domain.CaseStatus.CORRECTION_REQUESTED;
import static org.smartcourt.docket.domain.CaseStatus.FILED;
import static org.smartcourt.docket.domain.CaseStatus.REGISTERED;
import static org.smartcourt.docket.domain.CourtCaseFixture.CLERK;
import static org.smartcourt.docket.domain.CourtCaseFixture.FILED_AT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseRegistered;
import org.smartcourt.docket.CaseResubmitted;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;

class CaseLifecycleTests {

    /** The legal moves, written out independently of {@link CaseTransition}'s table. */
    private static final Map<CaseTransition, Set<CaseStatus>> LEGAL = Map.of(
            CaseTransition.REGISTER, EnumSet.of(FILED),
            CaseTransition.REQUEST_CORRECTION, EnumSet.of(FILED),
            CaseTransition.RESUBMIT, EnumSet.of(CORRECTION_REQUESTED),
            CaseTransition.REFUSE, EnumSet.of(FILED, CORRECTION_REQUESTED),
            CaseTransition.ASSIGN_JUDGE, EnumSet.of(REGISTERED, ASSIGNED),
            CaseTransition.WITHDRAW, EnumSet.of(FILED, CORRECTION_REQUESTED, REGISTERED, ASSIGNED),
            CaseTransition.TRANSFER, EnumSet.of(REGISTERED, ASSIGNED),
            CaseTransition.CLOSE, EnumSet.of(ASSIGNED));

    private static final Map<CaseTransition, CaseStatus> TARGET = Map.of(
            CaseTransition.REGISTER,
            REGISTERED,
            CaseTransition.REQUEST_CORRECTION,
            CORRECTION_REQUESTED,
            CaseTransition.RESUBMIT,
            FILED,
            CaseTransition.REFUSE,
            CaseStatus.REFUSED,
            CaseTransition.ASSIGN_JUDGE,
            ASSIGNED,
            CaseTransition.WITHDRAW,
            CaseStatus.WITHDRAWN,
            CaseTransition.TRANSFER,
            CaseStatus.TRANSFERRED,
            CaseTransition.CLOSE,
            CaseStatus.CLOSED);

    private static final java.time.Instant LATER = FILED_AT.plusSeconds(86_400);

    static Consumer<CourtCase> move(CaseTransition transition) {
        return switch (transition) {
            case REGISTER -> c -> c.register(CourtCaseFixture.number(2), CLERK, LATER);
            case REQUEST_CORRECTION ->
                c -> c.requestCorrection(
                        List.of(new Defect(null, "证据清单缺失")),
                        LocalDate.of(2026, 3, 25),
                        LocalDate.of(2026, 3, 3),
                        CLERK,
                        LATER);
            case RESUBMIT ->
                c -> c.resubmit(CourtCaseFixture.privateLending(), Actor.of("filer-zhang", ActorRole.FILER), LATER);
            case REFUSE -> c -> c.refuse(List.of("原告不适格"), CLERK, LATER);
            case ASSIGN_JUDGE ->
                c -> c.assignJudge(new JudgeAssignment("judge-sun", "孙法官", AssignmentMethod.MANUAL, LATER), CLERK);
            case WITHDRAW -> c -> c.withdraw(Actor.of("filer-zhang", ActorRole.FILER), LATER);
            case TRANSFER -> c -> c.transfer(CourtCode.of("鲁0103"), CLERK, LATER);
            case CLOSE -> c -> c.close(new Actor("judge-chen", ActorRole.JUDGE, "陈法官"), LATER);
        };
    }

    static Stream<Arguments> everyTransitionFromEveryState() {
        var rows = new ArrayList<Arguments>();
        for (var transition : CaseTransition.values()) {
            for (var status : CaseStatus.values()) {
                rows.add(Arguments.of(transition, status, LEGAL.get(transition).contains(status)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} from {1}: legal = {2}")
    @MethodSource("everyTransitionFromEveryState")
    void aCaseAllowsExactlyTheLegalTransitions(CaseTransition transition, CaseStatus from, boolean legal) {
        var courtCase = CourtCaseFixture.in(from);

        if (legal) {
            move(transition).accept(courtCase);

            assertThat(courtCase.status()).isEqualTo(TARGET.get(transition));
            assertThat(courtCase.newNodes()).hasSize(1);
            assertThat(courtCase.events()).hasSize(1);
        } else {
            assertThatThrownBy(() -> move(transition).accept(courtCase))
                    .isInstanceOfSatisfying(IllegalCaseTransition.class, illegal -> {
                        assertThat(illegal.status()).isEqualTo(from);
                        assertThat(illegal.transition()).isEqualTo(transition);
                    });
            assertThat(courtCase.status()).isEqualTo(from);
            assertThat(courtCase.newNodes()).isEmpty();
            assertThat(courtCase.events()).isEmpty();
        }
    }

    @Test
    void correctionsAreRequestedOnlyOnce() {
        var courtCase = CourtCaseFixture.in(CORRECTION_REQUESTED);
        move(CaseTransition.RESUBMIT).accept(courtCase);

        assertThatThrownBy(() -> move(CaseTransition.REQUEST_CORRECTION).accept(courtCase))
                .isInstanceOf(CorrectionAlreadyRequested.class);
        assertThat(courtCase.status()).isEqualTo(FILED);
    }

    @Test
    void resubmittingRestartsTheRegistrationPeriodFromTheArrivalOfTheCorrections() {
        var courtCase = CourtCaseFixture.in(CORRECTION_REQUESTED);

        move(CaseTransition.RESUBMIT).accept(courtCase);

        assertThat(courtCase.receivedAt()).isEqualTo(LATER);
        assertThat(courtCase.filedAt()).isEqualTo(FILED_AT);
        assertThat(courtCase.events()).containsExactly(new CaseResubmitted(courtCase.id(), LATER));
    }

    @Test
    void aCorrectionDeadlineLiesAfterToday() {
        var courtCase = CourtCaseFixture.filed();

        assertThatThrownBy(() -> courtCase.requestCorrection(
                        List.of(new Defect(null, "缺少身份证明")),
                        LocalDate.of(2026, 3, 3),
                        LocalDate.of(2026, 3, 3),
                        CLERK,
                        LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void registeringGivesTheNumberAndAnnouncesTheParties() {
        var courtCase = CourtCaseFixture.filed();

        courtCase.register(CourtCaseFixture.number(7), CLERK, LATER);

        assertThat(courtCase.number()).hasToString("（2026）鲁0102民初7号");
        assertThat(courtCase.newNodes()).singleElement().satisfies(node -> {
            assertThat(node.messageCode()).isEqualTo("docket.node.registered");
            assertThat(node.arguments()).containsExactly("（2026）鲁0102民初7号");
            assertThat(node.actorRole()).isEqualTo(ActorRole.CLERK);
            assertThat(node.actorName()).isEqualTo("李立案");
        });
        assertThat(courtCase.events()).singleElement().isInstanceOfSatisfying(CaseRegistered.class, registered -> {
            assertThat(registered.plaintiffs()).containsExactly("张三");
            assertThat(registered.defendants()).containsExactly("李四");
        });
    }

    @Test
    void aCaseIsNotRegisteredUnderAnotherCourtsNumber() {
        var courtCase = CourtCaseFixture.filed();

        assertThatThrownBy(() -> courtCase.register(CaseNumber.of(2026, CourtCode.of("鲁0103"), "民初", 1), CLERK, LATER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(courtCase.status()).isEqualTo(FILED);
    }

    @Test
    void aRefusalGivesItsReasons() {
        var courtCase = CourtCaseFixture.filed();

        assertThatThrownBy(() -> courtCase.refuse(List.of(" "), CLERK, LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
