package org.smartcourt.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.smartcourt.filing.SampleFilings;

class AmountInDisputeRuleTests {

    static final List<String> TYPES = SampleFilings.TYPES;

    @ParameterizedTest(name = "{0} counts: {1}")
    @CsvSource({
        "PRINCIPAL, true",
        "INTEREST, true",
        "PENALTY, true",
        "DAMAGES, true",
        "PROPERTY, true",
        "OTHER, true",
        "COSTS, false",
        "NON_MONETARY, false"
    })
    void eachKindOfClaimCountsOrNotByItsRule(ClaimKind kind, boolean counts) {
        var label = new Label("请求", "Claim");
        var schema = new ElementSchema(
                "test-type",
                1,
                java.time.LocalDate.of(2024, 1, 1),
                label,
                "测试纠纷",
                "民初",
                null,
                List.of(new ClaimDefinition("item", kind, true, label, null)),
                List.of(),
                null,
                null,
                null,
                null);
        var answers = Answers.EMPTY.withClaims(Map.of("item", ClaimAnswer.ofAmount("1234.50")));

        assertThat(AmountInDisputeRule.sum(schema, answers))
                .isEqualByComparingTo(counts ? new BigDecimal("1234.50") : BigDecimal.ZERO);
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void theSampleOfEveryTypeSumsToTheAmountWorkedOutByHand(String type) {
        var sample = SampleFilings.sample(type);

        assertThat(AmountInDisputeRule.sum(SampleFilings.schema(type), sample.answers()))
                .isEqualByComparingTo(sample.amountInDispute());
    }
}
