package org.smartcourt.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.filing.SampleFilings;

class ElementCheckTests {

    private static final LocalDate FILING_DATE = LocalDate.of(2026, 11, 29);
    private static final ElementSchema LENDING = SampleFilings.schema("private-lending");
    private static final Answers COMPLETE =
            SampleFilings.sample("private-lending").answers();

    private static Answers fact(String name, String value) {
        var facts = new LinkedHashMap<>(COMPLETE.facts());
        facts.put(name, value);
        return COMPLETE.withFacts(facts);
    }

    private static Answers withoutFact(String name) {
        var facts = new LinkedHashMap<>(COMPLETE.facts());
        facts.remove(name);
        return COMPLETE.withFacts(facts);
    }

    private static Answers claim(String name, ClaimAnswer answer) {
        var claims = new LinkedHashMap<>(COMPLETE.claims());
        claims.put(name, answer);
        return COMPLETE.withClaims(claims);
    }

    private static Answers party(int index, UnaryOperator<PartyAnswer> change) {
        var parties = new java.util.ArrayList<>(COMPLETE.parties());
        parties.set(index, change.apply(parties.get(index)));
        return COMPLETE.withParties(parties);
    }

    private static PartyAnswer identification(PartyAnswer party, String number) {
        return new PartyAnswer(
                party.role(),
                party.kind(),
                party.name(),
                number,
                party.gender(),
                party.birthDate(),
                party.ethnicity(),
                party.address(),
                party.phone(),
                party.legalRepresentative(),
                party.account());
    }

    static Stream<Arguments> brokenAnswers() {
        return Stream.of(
                Arguments.of(
                        "a negative amount",
                        claim("principal", ClaimAnswer.ofAmount("-1")),
                        "claims.principal.amount",
                        "filing.error.money.negative"),
                Arguments.of(
                        "an amount with three decimals",
                        claim("principal", ClaimAnswer.ofAmount("1.001")),
                        "claims.principal.amount",
                        "filing.error.money"),
                Arguments.of(
                        "a zero principal (rule amount > 0)",
                        claim("principal", ClaimAnswer.ofAmount("0")),
                        "claims.principal.amount",
                        "filing.rule.number.GT"),
                Arguments.of(
                        "a principal above the loan",
                        claim("principal", ClaimAnswer.ofAmount("200000.01")),
                        "claims.principal.amount",
                        "filing.rule.number.LE"),
                Arguments.of(
                        "a loan date after the filing date",
                        fact("loanDate", "2026-11-30"),
                        "facts.loanDate",
                        "filing.rule.date.LE"),
                Arguments.of(
                        "a date that is no date",
                        fact("loanDate", "2024-02-30"),
                        "facts.loanDate",
                        "filing.error.date"),
                Arguments.of(
                        "a missing required element",
                        withoutFact("loanAmount"),
                        "facts.loanAmount",
                        "filing.error.required"),
                Arguments.of(
                        "an element the type does not have",
                        fact("weather", "sunny"),
                        "facts.weather",
                        "filing.error.unknown"),
                Arguments.of(
                        "an option the choice does not offer",
                        fact("deliveryMethod", "gold"),
                        "facts.deliveryMethod",
                        "filing.error.choice"),
                Arguments.of(
                        "a rate above 100 percent",
                        fact("agreedRate", "101"),
                        "facts.agreedRate",
                        "filing.error.percent"),
                Arguments.of(
                        "a yes/no that is neither",
                        fact("contractSigned", "maybe"),
                        "facts.contractSigned",
                        "filing.error.choice"),
                Arguments.of(
                        "repayments above the loan (rule between elements)",
                        fact("repaymentsMade", "300000"),
                        "facts.repaymentsMade",
                        "filing.rule.number.LE"),
                Arguments.of(
                        "interest counted past the filing date",
                        claim("interest", new ClaimAnswer("100", "4", "2024-01-10", "2026-12-01", null)),
                        "claims.interest.to",
                        "filing.rule.date.LE"),
                Arguments.of(
                        "interest from before the loan",
                        claim("interest", new ClaimAnswer("100", "4", "2023-01-10", "2024-12-01", null)),
                        "claims.interest.from",
                        "filing.rule.date.GE"),
                Arguments.of(
                        "a resident ID number with a wrong check digit",
                        party(1, p -> identification(p, "370102198506124561")),
                        "parties[1].identification",
                        "filing.error.identification.person"),
                Arguments.of(
                        "no defendant",
                        COMPLETE.withParties(List.of(COMPLETE.parties().get(0))),
                        "parties",
                        "filing.error.parties.defendant"),
                Arguments.of(
                        "an evidence line without a name",
                        COMPLETE.withEvidence(List.of(new EvidenceItem(null, "原告", "借款事实"))),
                        "evidence[0].name",
                        "filing.error.required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAnswers")
    void eachBrokenAnswerIsReportedOnItsField(String description, Answers answers, String field, String code) {
        var violations = ElementCheck.check(LENDING, answers, FILING_DATE, ElementCheck.Completeness.COMPLETE);

        assertThat(violations)
                .extracting(Violation::field, Violation::code)
                .contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void theSampleOfEveryTypeIsComplete() {
        for (var type : SampleFilings.TYPES) {
            var sample = SampleFilings.sample(type);
            assertThat(ElementCheck.check(
                            SampleFilings.schema(type),
                            sample.answers(),
                            FILING_DATE,
                            ElementCheck.Completeness.COMPLETE))
                    .as(type)
                    .isEmpty();
        }
    }

    @Test
    void aDraftMayLackRequiredElementsButNotHoldUnreadableOnes() {
        var half = Answers.EMPTY.withFacts(java.util.Map.of("loanDate", "2024-01-10", "loanAmount", "-5"));

        var violations = ElementCheck.check(LENDING, half, FILING_DATE, ElementCheck.Completeness.DRAFT);

        assertThat(violations)
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("facts.loanAmount", "filing.error.money.negative"));
    }

    @Test
    void aRuleIsReportedWithTheLabelsOfBothSides() {
        var violations = ElementCheck.check(
                LENDING, fact("loanDate", "2027-01-01"), FILING_DATE, ElementCheck.Completeness.COMPLETE);

        assertThat(violations)
                .filteredOn(violation -> violation.field().equals("facts.loanDate"))
                .singleElement()
                .satisfies(violation -> assertThat(violation.arguments())
                        .containsExactly(LENDING.fact("loanDate").orElseThrow().label(), PartyFields.FILING_DATE));
    }
}
