package org.smartcourt.judgments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.docket.CaseId;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.judgments.AppealPeriod;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.CourtCode;

/** CPL Art. 158, 171, 85 and 182: when a decision takes effect. */
class CourtDecisionTests {

    private static final CourtCalendar CALENDAR = shipped();
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    static CourtCalendar shipped() {
        try (InputStream input =
                Objects.requireNonNull(CourtDecisionTests.class.getResourceAsStream("/calendar/holidays-cn.txt"))) {
            return CourtCalendar.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CourtDecision served(LocalDate servedOn, AppealPeriod period) {
        return CourtDecision.issued(
                UUID.randomUUID(),
                CaseId.random(),
                CourtCode.of("鲁0102"),
                DecisionKind.RULING,
                "民事裁定书",
                DocumentHash.of(new byte[] {1}),
                servedOn,
                servedOn,
                period,
                "system",
                NOW);
    }

    @ParameterizedTest(name = "{0}: served {1}, {2} days → last day {3}, in effect {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ruling, 10 days from the day after service (CPL 171 ¶2, 85)          | 2026-03-02 | 10 | 2026-03-12 | 2026-03-13
            last day on a Saturday moves to Monday (CPL 85)                      | 2026-03-04 | 10 | 2026-03-16 | 2026-03-17
            last day in the National Day holiday moves past it                   | 2026-09-22 | 10 | 2026-10-08 | 2026-10-09
            judgment, 15 days (CPL 171 ¶1)                                       | 2026-03-02 | 15 | 2026-03-17 | 2026-03-18
            """)
    void anUnappealedDecisionTakesEffectTheDayAfterItsAppealPeriod(
            String rule, LocalDate servedOn, int days, LocalDate lastDay, LocalDate effective) {
        var decision = served(servedOn, new AppealPeriod(days));

        assertThat(decision.appealPeriodEndsOn(CALENDAR)).as(rule).contains(lastDay);
        assertThat(decision.settle(CALENDAR, lastDay, null))
                .as("not yet on the last day")
                .isFalse();
        assertThat(decision.settle(CALENDAR, effective, null)).isTrue();
        assertThat(decision.status()).isEqualTo(DecisionStatus.EFFECTIVE);
        assertThat(decision.effectiveOn()).isEqualTo(effective);
    }

    @Test
    void anAppealedDecisionDoesNotTakeEffectAndTheSecondInstanceConcludesIt() {
        var decision = served(LocalDate.parse("2026-03-02"), AppealPeriod.CIVIL_RULING);
        var appeal = CaseId.random();

        assertThat(decision.settle(CALENDAR, LocalDate.parse("2026-03-20"), appeal))
                .isTrue();
        assertThat(decision.status()).isEqualTo(DecisionStatus.APPEALED);
        assertThat(decision.effectiveOn()).isNull();

        assertThat(decision.concludeOnAppeal(appeal, LocalDate.parse("2026-06-18")))
                .isTrue();
        assertThat(decision.status()).isEqualTo(DecisionStatus.CONCLUDED_ON_APPEAL);
        assertThat(decision.effectiveOn()).isEqualTo(LocalDate.parse("2026-06-18"));
        assertThat(decision.concludeOnAppeal(appeal, LocalDate.parse("2026-06-19")))
                .isFalse();
    }

    @Test
    void aDecisionThatCannotBeAppealedTakesEffectOnService() {
        var decision = served(LocalDate.parse("2026-03-02"), AppealPeriod.NONE);

        assertThat(decision.settle(CALENDAR, LocalDate.parse("2026-03-02"), null))
                .isTrue();
        assertThat(decision.effectiveOn()).isEqualTo(LocalDate.parse("2026-03-02"));
    }

    @Test
    void aClerkRecordsOnlyADecisionAlreadyInEffectAndNotBeforeItWasMade() {
        assertThatThrownBy(() -> CourtDecision.effective(
                        UUID.randomUUID(),
                        CaseId.random(),
                        CourtCode.of("鲁0102"),
                        DecisionKind.JUDGMENT,
                        "民事判决书",
                        DocumentHash.of(new byte[] {2}),
                        LocalDate.parse("2026-03-02"),
                        LocalDate.parse("2026-03-20"),
                        LocalDate.parse("2026-03-10"),
                        "clerk",
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CourtDecision.effective(
                        UUID.randomUUID(),
                        CaseId.random(),
                        CourtCode.of("鲁0102"),
                        DecisionKind.JUDGMENT,
                        "民事判决书",
                        DocumentHash.of(new byte[] {2}),
                        LocalDate.parse("2026-03-02"),
                        LocalDate.parse("2026-03-01"),
                        LocalDate.parse("2026-03-10"),
                        "clerk",
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "JUDGMENT, 民初, 民事判决书",
        "RULING, 执, 执行裁定书",
        "RULING, 刑终, 刑事裁定书",
        "PAYMENT_ORDER, 民督, 支付令",
        "MEDIATION_STATEMENT, 行初, 行政调解书"
    })
    void theTitleFollowsTheBranchOfTheCase(DecisionKind kind, String caseType, String title) {
        assertThat(kind.titleFor(caseType)).isEqualTo(title);
    }
}
