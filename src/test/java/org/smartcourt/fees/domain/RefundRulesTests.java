package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.shared.Money;

class RefundRulesTests {

    private static final RefundRules RULES =
            new RefundRules(facts -> FeeFixtures.assess(facts).total());

    // 80,000 yuan: 50 + 2.5 % of 70,000 = 1,800 (Art. 13(1)); summary procedure halves it to 900 (Art. 16)
    @ParameterizedTest(name = "{0}, {1}, paid {2}: {3} stays due, {4} is refunded")
    @CsvSource({
        // ground,               procedure, paid,    due,     refund   -- rule
        "WITHDRAWAL,             ORDINARY,  1800.00, 900.00,  900.00", // Art. 15: halved on withdrawal
        "WITHDRAWAL,             SUMMARY,   900.00,  900.00,  0.00", // SPC Interp. Art. 206: halved only once
        "MEDIATION,              ORDINARY,  1800.00, 900.00,  900.00", // Art. 15: halved on mediation
        "MEDIATION,              SUMMARY,   900.00,  900.00,  0.00", // SPC Interp. Art. 206
        "DISMISSAL,              ORDINARY,  1800.00, 0.00,    1800.00", // Art. 8(2), 27 ¶2: no fee, all refunded
        "TRANSFERRED_TO_CRIMINAL,ORDINARY,  1800.00, 0.00,    1800.00", // Art. 25
        "REMANDED,               ORDINARY,  1800.00, 0.00,    1800.00", // Art. 27 ¶1
        "CLAIMS_REDUCED,         ORDINARY,  1800.00, 50.00,   1750.00", // Art. 21(2): reduced to 10,000
        "WITHDRAWAL,             ORDINARY,  500.00,  900.00,  0.00", // paid less than stays due: nothing back
    })
    void aRefundIsWhatWasPaidBeyondTheFeeThatStaysDue(
            RefundGround ground, String procedure, String paid, String due, String refund) {
        var facts = RegisteredCaseFacts.of("民初", "民间借贷纠纷", Money.yuan("80000"), procedure)
                .facts();

        var computed = RULES.compute(ground, Money.yuan(paid), facts, List.of(Money.yuan("10000")));

        assertThat(computed.due()).isEqualTo(Money.yuan(due));
        assertThat(computed.refund()).isEqualTo(Money.yuan(refund));
        assertThat(computed.basis()).contains(new LegalBasis(Act.MEASURES, 53, 2, 0, 0));
    }

    @ParameterizedTest(name = "{0} cites {1}")
    @CsvSource({
        "WITHDRAWAL, 15",
        "MEDIATION, 15",
        "DISMISSAL, 27",
        "CLAIMS_REDUCED, 21",
        "TRANSFERRED_TO_CRIMINAL, 25",
        "REMANDED, 27"
    })
    void everyGroundCitesItsArticle(RefundGround ground, int article) {
        assertThat(ground.basis()).anyMatch(basis -> basis.act() == Act.MEASURES && basis.article() == article);
    }

    @org.junit.jupiter.api.Test
    void aClaimReductionNeedsTheClaimsAfterIt() {
        var facts = CaseFacts.property(CaseKind.CIVIL, Money.yuan("80000"));

        assertThatThrownBy(() -> RULES.compute(RefundGround.CLAIMS_REDUCED, Money.yuan("1800"), facts, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "type {0}, cause {1}, amount {2}, {3}: {4} yuan")
    @CsvSource({
        "民初, 民间借贷纠纷, 80000,  ORDINARY,     1800.00, ", // Art. 13(1)
        "民初, 民间借贷纠纷, 80000,  SUMMARY,      900.00, ", // Art. 16
        "民初, 民间借贷纠纷, 80000,  SMALL_CLAIMS, 900.00, ", // small claims are summary procedure
        "民初, 名誉权纠纷,   0,      ORDINARY,     75.00,  fees.assumption.nonProperty", // Art. 13(2)(3), 鲁 placeholder
        "民初, 离婚纠纷,     0,      ORDINARY,     175.00, ", // Art. 13(2)(1), 鲁 placeholder
        "行初, 行政许可,     0,      ORDINARY,     50.00,  fees.assumption.administrative", // Art. 13(5)(2)
    })
    void aRegisteredCaseIsAssessedFromWhatRegistrationKnows(
            String type, String cause, String amount, String procedure, String fee, String assumption) {
        var facts = RegisteredCaseFacts.of(type, cause, Money.yuan(amount), procedure);

        assertThat(FeeFixtures.assess(facts.facts()).total()).isEqualTo(Money.yuan(fee));
        assertThat(facts.assumption()).isEqualTo(assumption);
    }
}
