package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.smartcourt.fees.domain.FeeFixtures.PROVINCES;
import static org.smartcourt.fees.domain.FeeFixtures.SCHEDULES;
import static org.smartcourt.fees.domain.FeeFixtures.civil;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.Money;

/** The schedule and the provincial amounts are data: versions by effective date, checked when loaded. */
class ScheduleDataTests {

    private static final FeeSchedule SHIPPED = SCHEDULES.versions().get(0);

    private static FeeSchedule withPropertyFlatFee(LocalDate from, String flatFee) {
        var rules = new EnumMap<FeeItem, FeeRule>(SHIPPED.rules());
        var property = SHIPPED.rule(FeeItem.PROPERTY, ProgressiveRule.class);
        rules.put(
                FeeItem.PROPERTY,
                new ProgressiveRule(
                        property.flatUpTo(), Money.yuan(flatFee), property.bands(), property.cap(), property.basis()));
        return new FeeSchedule(from, "a later version", rules, SHIPPED.provisions());
    }

    @Test
    void theShippedScheduleIsTheMeasuresOf2007() {
        assertThat(SCHEDULES.versions()).hasSize(1);
        assertThat(SHIPPED.effectiveFrom()).isEqualTo(LocalDate.of(2007, 4, 1));
        assertThat(SHIPPED.source()).contains("国务院令第481号");
        assertThat(SCHEDULES.inForceOn(LocalDate.of(2007, 4, 1))).isSameAs(SHIPPED);
    }

    @Test
    void aNewVersionAppliesFromItsEffectiveDateAndTheOldOneBefore() {
        var later = withPropertyFlatFee(LocalDate.of(2030, 1, 1), "60");
        var schedules = new FeeSchedules(List.of(later, SHIPPED));
        var calculator = new FeeCalculator(schedules, PROVINCES, RoundingPolicy.TO_FEN_HALF_UP);

        assertThat(schedules.inForceOn(LocalDate.of(2029, 12, 31))).isSameAs(SHIPPED);
        assertThat(schedules.inForceOn(LocalDate.of(2030, 1, 1))).isSameAs(later);
        assertThat(calculator
                        .assess(new FeeQuery(civil("5000"), LocalDate.of(2030, 1, 1), null))
                        .total())
                .isEqualTo(Money.yuan(60));
        assertThat(calculator
                        .assess(new FeeQuery(civil("5000"), LocalDate.of(2029, 12, 31), null))
                        .total())
                .isEqualTo(Money.yuan(50));
    }

    @Test
    void twoVersionsCannotTakeEffectOnTheSameDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new FeeSchedules(List.of(SHIPPED, withPropertyFlatFee(SHIPPED.effectiveFrom(), "60"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new FeeSchedules(List.of()));
    }

    @Test
    void aScheduleMustGiveEveryItemARuleOfTheRightShapeAndCiteEveryProvision() {
        var missingRule = new HashMap<>(SHIPPED.rules());
        missingRule.remove(FeeItem.LABOUR);
        var wrongShape = new HashMap<>(SHIPPED.rules());
        wrongShape.put(FeeItem.PROPERTY, new FixedRule(Money.yuan(50), LegalBasis.measures(13, 1)));
        var missingProvision = new HashMap<>(SHIPPED.provisions());
        missingProvision.remove(Provision.SINGLE_HALVING);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FeeSchedule(SHIPPED.effectiveFrom(), "x", missingRule, SHIPPED.provisions()))
                .withMessageContaining("LABOUR");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FeeSchedule(SHIPPED.effectiveFrom(), "x", wrongShape, SHIPPED.provisions()))
                .withMessageContaining("PROPERTY");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FeeSchedule(SHIPPED.effectiveFrom(), "x", SHIPPED.rules(), missingProvision))
                .withMessageContaining("SINGLE_HALVING");
    }

    @Test
    void bandsMustRiseAndOnlyTheLastMayBeOpen() {
        var basis = LegalBasis.measures(13, 1);
        var open = new ProgressiveRule.Band(null, new java.math.BigDecimal("0.01"), basis);
        var atTenThousand = new ProgressiveRule.Band(Money.yuan(10000), new java.math.BigDecimal("0.01"), basis);
        var atTwenty = new ProgressiveRule.Band(Money.yuan(20000), new java.math.BigDecimal("0.01"), basis);

        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new ProgressiveRule(Money.yuan(10000), Money.yuan(50), List.of(open, atTwenty), null, basis));
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new ProgressiveRule(Money.yuan(10000), Money.yuan(50), List.of(atTenThousand), null, basis));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressiveRule(
                        Money.yuan(10000),
                        Money.yuan(50),
                        List.of(
                                new ProgressiveRule.Band(Money.yuan(30000), java.math.BigDecimal.ONE, basis),
                                atTwenty,
                                open),
                        null,
                        basis));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressiveRule(Money.yuan(10000), Money.yuan(-1), List.of(open), null, basis));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressiveRule(Money.yuan(-1), Money.yuan(50), List.of(open), null, basis));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressiveRule.Band(null, new java.math.BigDecimal("-0.01"), basis));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressiveRule.Band(null, new java.math.BigDecimal("1.01"), basis));
        assertThat(new ProgressiveRule(Money.yuan(0), Money.yuan(0), List.of(atTwenty, open), null, basis).bands())
                .hasSize(2);
        assertThat(new ProgressiveRule.Band(null, java.math.BigDecimal.ONE, basis).rate())
                .isEqualTo("1");
        assertThat(new ProgressiveRule.Band(null, java.math.BigDecimal.ZERO, basis).rate())
                .isEqualTo("0");
    }

    @Test
    void otherRulesCheckTheirNumbers() {
        var basis = LegalBasis.measures(14, 3);
        assertThatIllegalArgumentException().isThrownBy(() -> new FixedRule(Money.yuan(-1), basis));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RangeRule(Money.yuan(100), Money.yuan("99.99"), true, basis));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RangeRule(Money.yuan(-1), Money.yuan(10), true, basis));
        assertThat(new RangeRule(Money.yuan(50), Money.yuan(50), true, basis).contains(Money.yuan(50)))
                .isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> new FractionRule(FeeItem.PROPERTY, 0, 3, null, basis));
        assertThatIllegalArgumentException().isThrownBy(() -> new FractionRule(FeeItem.PROPERTY, 4, 3, null, basis));
        assertThatIllegalArgumentException().isThrownBy(() -> new FractionRule(FeeItem.LABOUR, 1, 3, null, basis));
        assertThat(new FractionRule(FeeItem.PROPERTY, 1, 1, null, basis).denominator())
                .isEqualTo(1);
        assertThat(new FixedRule(Money.ZERO, basis).fee()).isEqualTo(Money.ZERO);
    }

    @Test
    void theDefaultProvinceIsShandongWithPlaceholderAmountsInsideTheStatutoryRanges() {
        var shandong = PROVINCES.inForce(null, LocalDate.of(2026, 1, 1));

        assertThat(PROVINCES.defaultProvince()).isEqualTo("鲁");
        assertThat(PROVINCES.provinces()).containsExactly("鲁");
        assertThat(shandong.placeholder()).isTrue();
        assertThat(PROVINCES.inForce("  ", LocalDate.of(2026, 1, 1))).isSameAs(shandong);
        assertThat(PROVINCES.inForce(" 鲁 ", LocalDate.of(2026, 1, 1))).isSameAs(shandong);
        assertThat(shandong.amounts())
                .containsEntry(FeeItem.DIVORCE, Money.yuan(175))
                .containsEntry(FeeItem.ENFORCEMENT_WITHOUT_AMOUNT, Money.yuan(275))
                .hasSize(6);
    }

    @Test
    void aProvinceWithAmountsOutsideTheRangesIsRefusedWhenLoaded() {
        var amounts = new EnumMap<FeeItem, Money>(PROVINCES.entries().get(0).amounts());
        amounts.put(FeeItem.DIVORCE, Money.yuan(301));
        var outside = new ProvincialTable(
                "鲁", List.of(new ProvincialAmounts("鲁", "山东省", LocalDate.of(2007, 4, 1), false, amounts)));
        amounts.remove(FeeItem.DIVORCE);
        var missing = new ProvincialTable(
                "鲁", List.of(new ProvincialAmounts("鲁", "山东省", LocalDate.of(2007, 4, 1), false, amounts)));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FeeCalculator(SCHEDULES, outside, RoundingPolicy.TO_FEN_HALF_UP))
                .withMessageContaining("DIVORCE");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FeeCalculator(SCHEDULES, missing, RoundingPolicy.TO_FEN_HALF_UP))
                .withMessageContaining("DIVORCE");
    }

    @Test
    void aLaterProvincialEntryReplacesTheEarlierOneFromItsDate() {
        var first = PROVINCES.entries().get(0);
        var amounts = new EnumMap<FeeItem, Money>(first.amounts());
        amounts.put(FeeItem.OTHER_NON_PROPERTY, Money.yuan(100));
        var later = new ProvincialAmounts("鲁", "山东省", LocalDate.of(2027, 1, 1), false, amounts);
        var table = new ProvincialTable("鲁", List.of(later, first));
        var calculator = new FeeCalculator(SCHEDULES, table, RoundingPolicy.TO_FEN_HALF_UP);

        assertThat(calculator
                        .assess(new FeeQuery(civil(), LocalDate.of(2026, 12, 31), "鲁"))
                        .total())
                .isEqualTo(Money.yuan(75));
        var assessment = calculator.assess(new FeeQuery(civil(), LocalDate.of(2027, 1, 1), "鲁"));
        assertThat(assessment.total()).isEqualTo(Money.yuan(100));
        assertThat(assessment.notes()).isEmpty();
        assertThat(calculator.provinces()).isSameAs(table);
        assertThat(calculator.rounding()).isEqualTo(RoundingPolicy.TO_FEN_HALF_UP);
    }

    @Test
    void theDefaultProvinceMustHaveAmountsAndAProvinceAName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProvincialTable("京", PROVINCES.entries()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProvincialAmounts(" ", "", LocalDate.of(2007, 4, 1), false, Map.of()));
    }

    @Test
    void roundingIsToTheYuanJiaoOrFenAndMustRound() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoundingPolicy(3, RoundingMode.HALF_UP));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoundingPolicy(-1, RoundingMode.HALF_UP));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoundingPolicy(2, RoundingMode.UNNECESSARY));
        assertThat(new RoundingPolicy(0, RoundingMode.HALF_UP).round(FeeFixtures.exact("0.5")))
                .isEqualTo(Money.yuan(1));
        assertThat(new RoundingPolicy(1, RoundingMode.HALF_UP).round(FeeFixtures.exact("0.25")))
                .isEqualTo(Money.yuan("0.3"));
    }
}
