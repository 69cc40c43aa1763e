package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.shared.Money;

class ReliefTermsTests {

    static Stream<Arguments> terms() {
        return Stream.of(
                Arguments.of("Art. 45: a waiver leaves nothing to pay", ReliefTerms.waiver(), "1800.00", "0.00"),
                Arguments.of("Art. 46: a 30 % reduction", ReliefTerms.reduction(30), "1800.00", "1260.00"),
                Arguments.of("Art. 46: a 50 % reduction", ReliefTerms.reduction(50), "1800.00", "900.00"),
                Arguments.of("Art. 46: rounded once, to the fen", ReliefTerms.reduction(33), "50.03", "33.52"),
                Arguments.of(
                        "Art. 47: a deferral changes only the date",
                        ReliefTerms.deferral(LocalDate.of(2027, 6, 30)),
                        "1800.00",
                        "1800.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("terms")
    void theAmountStillDueFollowsTheRelief(String rule, ReliefTerms terms, String fee, String due) {
        var amountDue = terms.amountDue(Money.yuan(fee), RoundingPolicy.TO_FEN_HALF_UP);

        assertThat(amountDue).isEqualTo(Money.yuan(due));
        assertThat(terms.writtenOff(Money.yuan(fee), RoundingPolicy.TO_FEN_HALF_UP))
                .isEqualTo(Money.yuan(fee).minus(Money.yuan(due)));
    }
}
