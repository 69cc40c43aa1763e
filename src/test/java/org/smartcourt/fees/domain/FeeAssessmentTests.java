package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.fees.domain.FeeFixtures.application;
import static org.smartcourt.fees.domain.FeeFixtures.assess;
import static org.smartcourt.fees.domain.FeeFixtures.caseOf;
import static org.smartcourt.fees.domain.FeeFixtures.civil;
import static org.smartcourt.fees.domain.FeeFixtures.exact;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.shared.Money;

/**
 * One row per fee rule or band boundary. The expected amounts are worked out by hand from the tables of the Measures
 * (RULES.md §1.2–1.5), never by the engine; "#n" marks the worked examples of RULES.md §1.10.
 */
class FeeAssessmentTests {

    private static Arguments row(String article, String rule, FeeFacts facts, String exact, String total) {
        return Arguments.of(article, rule, facts, exact, total);
    }

    static Stream<Arguments> propertyBands() {
        return Stream.of(
                row("Art. 13(1)1", "one fen pays the flat fee", civil("0.01"), "50", "50.00"),
                row("Art. 13(1)1", "#1 property 5,000", civil("5000"), "50", "50.00"),
                row("Art. 13(1)1", "#2 property 10,000, top of the flat band", civil("10000"), "50", "50.00"),
                row("Art. 13(1)2", "10,000.01: one fen at 2.5 %", civil("10000.01"), "50.00025", "50.00"),
                row("Art. 13(1)2", "#3 property 10,001", civil("10001"), "50.025", "50.03"),
                row("Art. 13(1)2", "#4 property 20,000", civil("20000"), "300", "300.00"),
                row("Art. 13(1)2", "#5 property 50,000", civil("50000"), "1050", "1050.00"),
                row("Art. 13(1)2", "#6 property 100,000, top of the 2.5 % band", civil("100000"), "2300", "2300.00"),
                row("Art. 13(1)3", "100,000.01: one fen at 2 %", civil("100000.01"), "2300.0002", "2300.00"),
                row("Art. 13(1)3", "#7 property 100,001", civil("100001"), "2300.02", "2300.02"),
                row("Art. 13(1)3", "#8 property 123,456.78", civil("123456.78"), "2769.1356", "2769.14"),
                row("Art. 13(1)3", "#9 property 150,000", civil("150000"), "3300", "3300.00"),
                row("Art. 13(1)3", "#10 property 200,000, top of the 2 % band", civil("200000"), "4300", "4300.00"),
                row("Art. 13(1)4", "200,000.01: one fen at 1.5 %", civil("200000.01"), "4300.00015", "4300.00"),
                row("Art. 13(1)4", "#11 property 350,000", civil("350000"), "6550", "6550.00"),
                row("Art. 13(1)4", "#12 property 500,000, top of the 1.5 % band", civil("500000"), "8800", "8800.00"),
                row("Art. 13(1)5", "500,000.01: one fen at 1 %", civil("500000.01"), "8800.0001", "8800.00"),
                row("Art. 13(1)5", "#13 property 750,000", civil("750000"), "11300", "11300.00"),
                row(
                        "Art. 13(1)5",
                        "#14 property 1,000,000, top of the 1 % band",
                        civil("1000000"),
                        "13800",
                        "13800.00"),
                row("Art. 13(1)6", "1,000,000.01: one fen at 0.9 %", civil("1000000.01"), "13800.00009", "13800.00"),
                row("Art. 13(1)6", "#15 property 1,500,000", civil("1500000"), "18300", "18300.00"),
                row(
                        "Art. 13(1)6",
                        "#16 property 2,000,000, top of the 0.9 % band",
                        civil("2000000"),
                        "22800",
                        "22800.00"),
                row("Art. 13(1)7", "2,000,000.01: one fen at 0.8 %", civil("2000000.01"), "22800.00008", "22800.00"),
                row("Art. 13(1)7", "#17 property 3,000,000", civil("3000000"), "30800", "30800.00"),
                row(
                        "Art. 13(1)7",
                        "#18 property 5,000,000, top of the 0.8 % band",
                        civil("5000000"),
                        "46800",
                        "46800.00"),
                row("Art. 13(1)8", "5,000,000.01: one fen at 0.7 %", civil("5000000.01"), "46800.00007", "46800.00"),
                row("Art. 13(1)8", "#19 property 8,000,000", civil("8000000"), "67800", "67800.00"),
                row(
                        "Art. 13(1)8",
                        "#20 property 10,000,000, top of the 0.7 % band",
                        civil("10000000"),
                        "81800",
                        "81800.00"),
                row("Art. 13(1)9", "10,000,000.01: one fen at 0.6 %", civil("10000000.01"), "81800.00006", "81800.00"),
                row("Art. 13(1)9", "#21 property 15,000,000", civil("15000000"), "111800", "111800.00"),
                row(
                        "Art. 13(1)9",
                        "#22 property 20,000,000, top of the 0.6 % band",
                        civil("20000000"),
                        "141800",
                        "141800.00"),
                row(
                        "Art. 13(1)10",
                        "20,000,000.01: one fen at 0.5 %",
                        civil("20000000.01"),
                        "141800.00005",
                        "141800.00"),
                row("Art. 13(1)10", "#23 property 50,000,000", civil("50000000"), "291800", "291800.00"),
                row("Art. 13(1)10", "#24 property 100,000,000", civil("100000000"), "541800", "541800.00"),
                row("Art. 13(1)10", "150,000,000.99", civil("150000000.99"), "791800.00495", "791800.00"));
    }

    static Stream<Arguments> nonPropertyAndOtherAcceptanceFees() {
        return Stream.of(
                row(
                        "Art. 13(2)1",
                        "divorce without property: Shandong amount",
                        caseOf(CaseKind.DIVORCE),
                        "175",
                        "175.00"),
                row(
                        "Art. 13(2)1",
                        "#34 divorce, property 150,000, base 300",
                        divorce("300", "150000"),
                        "300",
                        "300.00"),
                row("Art. 13(2)1", "divorce, property 200,000 adds nothing", divorce("300", "200000"), "300", "300.00"),
                row(
                        "Art. 13(2)1",
                        "divorce, property 200,000.01: one fen at 0.5 %",
                        divorce("300", "200000.01"),
                        "300.00005",
                        "300.00"),
                row(
                        "Art. 13(2)1",
                        "#35 divorce, property 500,000, base 300",
                        divorce("300", "500000"),
                        "1800",
                        "1800.00"),
                row(
                        "Art. 13(2)1",
                        "#36 divorce, property 1,000,000, base 50",
                        divorce("50", "1000000"),
                        "4050",
                        "4050.00"),
                row(
                        "Art. 13(2)1",
                        "divorce, property 500,000, Shandong base",
                        caseOf(CaseKind.DIVORCE, "500000"),
                        "1675",
                        "1675.00"),
                row(
                        "Art. 13(2)2",
                        "personality rights without damages: Shandong amount",
                        caseOf(CaseKind.PERSONALITY_RIGHTS),
                        "300",
                        "300.00"),
                row(
                        "Art. 13(2)2",
                        "#37 reputation, damages 30,000, base 100",
                        personality("100", "30000"),
                        "100",
                        "100.00"),
                row(
                        "Art. 13(2)2",
                        "reputation, damages 50,000 add nothing",
                        personality("100", "50000"),
                        "100",
                        "100.00"),
                row(
                        "Art. 13(2)2",
                        "reputation, damages 50,000.01: one fen at 1 %",
                        personality("100", "50000.01"),
                        "100.0001",
                        "100.00"),
                row(
                        "Art. 13(2)2",
                        "#38 reputation, damages 80,000, base 500",
                        personality("500", "80000"),
                        "800",
                        "800.00"),
                row(
                        "Art. 13(2)2",
                        "reputation, damages 100,000: top of the 1 % band",
                        personality("100", "100000"),
                        "600",
                        "600.00"),
                row(
                        "Art. 13(2)2",
                        "reputation, damages 100,000.01: one fen at 0.5 %",
                        personality("100", "100000.01"),
                        "600.00005",
                        "600.00"),
                row(
                        "Art. 13(2)2",
                        "#39 reputation, damages 150,000, base 100",
                        personality("100", "150000"),
                        "850",
                        "850.00"),
                row(
                        "Art. 13(2)2",
                        "#40 reputation, damages 1,000,000, base 500",
                        personality("500", "1000000"),
                        "5500",
                        "5500.00"),
                row("Art. 13(2)3", "other non-property case: Shandong amount", civil(), "75", "75.00"),
                row(
                        "Art. 13(2)3",
                        "other non-property case at the range's minimum",
                        civil().choosing(Money.yuan(50)),
                        "50",
                        "50.00"),
                row(
                        "Art. 13(2)3",
                        "other non-property case at the range's maximum",
                        civil().choosing(Money.yuan(100)),
                        "100",
                        "100.00"),
                row(
                        "Art. 13(3)",
                        "IP without amount: Shandong amount",
                        caseOf(CaseKind.INTELLECTUAL_PROPERTY),
                        "750",
                        "750.00"),
                row(
                        "Art. 13(3)",
                        "IP without amount at the range's maximum",
                        caseOf(CaseKind.INTELLECTUAL_PROPERTY).choosing(Money.yuan(1000)),
                        "1000",
                        "1000.00"),
                row(
                        "Art. 13(3)",
                        "IP with an amount: property schedule",
                        caseOf(CaseKind.INTELLECTUAL_PROPERTY, "100000"),
                        "2300",
                        "2300.00"),
                row(
                        "Art. 13(4)",
                        "#41 labour dispute, whatever the amount",
                        caseOf(CaseKind.LABOUR, "1000000"),
                        "10",
                        "10.00"),
                row(
                        "Art. 13(4)",
                        "#41 labour dispute in summary procedure",
                        caseOf(CaseKind.LABOUR).halvedFor(HalvingGround.SUMMARY_PROCEDURE),
                        "5",
                        "5.00"),
                row(
                        "Art. 13(5)1",
                        "#42 administrative case, patent",
                        caseOf(CaseKind.ADMINISTRATIVE_TRADEMARK_PATENT_MARITIME),
                        "100",
                        "100.00"),
                row("Art. 13(5)2", "other administrative case", caseOf(CaseKind.ADMINISTRATIVE_OTHER), "50", "50.00"),
                row(
                        "Art. 13(6)",
                        "rejected jurisdiction objection: Shandong amount",
                        caseOf(CaseKind.JURISDICTION_OBJECTION_REJECTED),
                        "75",
                        "75.00"),
                row(
                        "Art. 13(6)",
                        "rejected jurisdiction objection at the range's maximum",
                        caseOf(CaseKind.JURISDICTION_OBJECTION_REJECTED).choosing(Money.yuan(100)),
                        "100",
                        "100.00"),
                row("Art. 8(1)", "special procedure: no fee", caseOf(CaseKind.SPECIAL_PROCEDURE), "0", "0.00"),
                row(
                        "Art. 8(4)",
                        "administrative compensation: no fee",
                        caseOf(CaseKind.ADMINISTRATIVE_COMPENSATION, "500000"),
                        "0",
                        "0.00"),
                row(
                        "Art. 8(3)",
                        "appeal against a dismissal ruling: no fee",
                        civil("500000").at(Stage.APPEAL_AGAINST_PROCEDURAL_RULING),
                        "0",
                        "0.00"),
                row(
                        "Art. 9",
                        "retrial not on new evidence: no fee",
                        civil("500000").at(Stage.RETRIAL_WITHOUT_FEE),
                        "0",
                        "0.00"),
                row(
                        "Art. 19",
                        "retrial on new evidence, disputed part 200,000",
                        civil("200000").at(Stage.RETRIAL_WITH_FEE),
                        "4300",
                        "4300.00"),
                row(
                        "Art. 17",
                        "#30 appeal on the rejected 200,000",
                        civil("200000").at(Stage.APPEAL),
                        "4300",
                        "4300.00"),
                row(
                        "Art. 17, 15",
                        "appeal on 200,000 withdrawn",
                        civil("200000").at(Stage.APPEAL).halvedFor(HalvingGround.WITHDRAWAL),
                        "2150",
                        "2150.00"),
                row(
                        "SPC Interp. Art. 201",
                        "#33 repay 80,000 + damages 20,000 + apology",
                        civil("80000", "20000").withNonPropertyClaims(),
                        "2300",
                        "2300.00"),
                row(
                        "SPC Interp. Art. 201",
                        "three claims added across a band",
                        civil("5000", "5000", "0.01"),
                        "50.00025",
                        "50.00"),
                row(
                        "SPC Interp. Art. 201",
                        "IP claims added",
                        caseOf(CaseKind.INTELLECTUAL_PROPERTY, "60000", "40000"),
                        "2300",
                        "2300.00"));
    }

    static Stream<Arguments> applicationFees() {
        return Stream.of(
                row(
                        "Art. 14(1)2",
                        "#43 enforcement 10,000",
                        application(ApplicationKind.ENFORCEMENT, "10000"),
                        "50",
                        "50.00"),
                row(
                        "Art. 14(1)2",
                        "enforcement 10,000.01: one fen at 1.5 %",
                        application(ApplicationKind.ENFORCEMENT, "10000.01"),
                        "50.00015",
                        "50.00"),
                row(
                        "Art. 14(1)2",
                        "#44 enforcement 100,000",
                        application(ApplicationKind.ENFORCEMENT, "100000"),
                        "1400",
                        "1400.00"),
                row(
                        "Art. 14(1)2",
                        "#45 enforcement 500,000",
                        application(ApplicationKind.ENFORCEMENT, "500000"),
                        "7400",
                        "7400.00"),
                row(
                        "Art. 14(1)2",
                        "enforcement 500,000.01: one fen at 1 %",
                        application(ApplicationKind.ENFORCEMENT, "500000.01"),
                        "7400.0001",
                        "7400.00"),
                row(
                        "Art. 14(1)2",
                        "#46 enforcement 1,000,000",
                        application(ApplicationKind.ENFORCEMENT, "1000000"),
                        "12400",
                        "12400.00"),
                row(
                        "Art. 14(1)2",
                        "#47 enforcement 5,000,000",
                        application(ApplicationKind.ENFORCEMENT, "5000000"),
                        "52400",
                        "52400.00"),
                row(
                        "Art. 14(1)2",
                        "enforcement 5,000,000.01: one fen at 0.5 %",
                        application(ApplicationKind.ENFORCEMENT, "5000000.01"),
                        "52400.00005",
                        "52400.00"),
                row(
                        "Art. 14(1)2",
                        "#48 enforcement 8,000,000",
                        application(ApplicationKind.ENFORCEMENT, "8000000"),
                        "67400",
                        "67400.00"),
                row(
                        "Art. 14(1)2",
                        "#49 enforcement 10,000,000",
                        application(ApplicationKind.ENFORCEMENT, "10000000"),
                        "77400",
                        "77400.00"),
                row(
                        "Art. 14(1)2",
                        "enforcement 10,000,000.01: one fen at 0.1 %",
                        application(ApplicationKind.ENFORCEMENT, "10000000.01"),
                        "77400.00001",
                        "77400.00"),
                row(
                        "Art. 14(1)2",
                        "#50 enforcement 30,000,000",
                        application(ApplicationKind.ENFORCEMENT, "30000000"),
                        "97400",
                        "97400.00"),
                row(
                        "Art. 14(1)1",
                        "enforcement without amount: Shandong amount",
                        application(ApplicationKind.ENFORCEMENT),
                        "275",
                        "275.00"),
                row(
                        "Art. 14(1)1",
                        "enforcement without amount at the range's maximum",
                        new ApplicationFacts(ApplicationKind.ENFORCEMENT, null, Money.yuan(500)),
                        "500",
                        "500.00"),
                row(
                        "Art. 14(1)",
                        "recognition of a foreign judgment, 100,000",
                        application(ApplicationKind.RECOGNITION_OF_FOREIGN_DECISION, "100000"),
                        "1400",
                        "1400.00"),
                row(
                        "Art. 14(1)3",
                        "late claim after a representative action, 100,000",
                        application(ApplicationKind.REPRESENTATIVE_ACTION_LATE_CLAIM, "100000"),
                        "1400",
                        "1400.00"),
                row(
                        "Art. 14(2)",
                        "preservation without amount",
                        application(ApplicationKind.PRESERVATION),
                        "30",
                        "30.00"),
                row(
                        "Art. 14(2)",
                        "#51 preservation 500",
                        application(ApplicationKind.PRESERVATION, "500"),
                        "30",
                        "30.00"),
                row(
                        "Art. 14(2)",
                        "preservation 1,000, top of the flat band",
                        application(ApplicationKind.PRESERVATION, "1000"),
                        "30",
                        "30.00"),
                row(
                        "Art. 14(2)",
                        "preservation 1,000.01: one fen at 1 %",
                        application(ApplicationKind.PRESERVATION, "1000.01"),
                        "30.0001",
                        "30.00"),
                row(
                        "Art. 14(2)",
                        "#52 preservation 50,000",
                        application(ApplicationKind.PRESERVATION, "50000"),
                        "520",
                        "520.00"),
                row(
                        "Art. 14(2)",
                        "#53 preservation 100,000",
                        application(ApplicationKind.PRESERVATION, "100000"),
                        "1020",
                        "1020.00"),
                row(
                        "Art. 14(2)",
                        "preservation 100,000.01: one fen at 0.5 %",
                        application(ApplicationKind.PRESERVATION, "100000.01"),
                        "1020.00005",
                        "1020.00"),
                row(
                        "Art. 14(2)",
                        "#54 preservation 300,000",
                        application(ApplicationKind.PRESERVATION, "300000"),
                        "2020",
                        "2020.00"),
                row(
                        "Art. 14(2)",
                        "#55 preservation 890,000",
                        application(ApplicationKind.PRESERVATION, "890000"),
                        "4970",
                        "4970.00"),
                row(
                        "Art. 14(2)",
                        "#56 preservation 896,000 reaches the cap exactly",
                        application(ApplicationKind.PRESERVATION, "896000"),
                        "5000",
                        "5000.00"),
                row(
                        "Art. 14(2)",
                        "preservation 896,000.01 is capped",
                        application(ApplicationKind.PRESERVATION, "896000.01"),
                        "5000",
                        "5000.00"),
                row(
                        "Art. 14(2)",
                        "#57 preservation 10,000,000 is capped",
                        application(ApplicationKind.PRESERVATION, "10000000"),
                        "5000",
                        "5000.00"),
                row(
                        "Art. 14(3)",
                        "payment order 10,000: a third of 50",
                        application(ApplicationKind.PAYMENT_ORDER, "10000"),
                        "50/3",
                        "16.67"),
                row(
                        "Art. 14(3)",
                        "#58 payment order 100,000",
                        application(ApplicationKind.PAYMENT_ORDER, "100000"),
                        "2300/3",
                        "766.67"),
                row(
                        "Art. 14(3)",
                        "#59 payment order 200,000",
                        application(ApplicationKind.PAYMENT_ORDER, "200000"),
                        "4300/3",
                        "1433.33"),
                row("Art. 14(4)", "public summons", application(ApplicationKind.PUBLIC_SUMMONS), "100", "100.00"),
                row(
                        "Art. 14(5)",
                        "setting aside an arbitral award",
                        application(ApplicationKind.ARBITRATION_REVIEW),
                        "400",
                        "400.00"),
                row(
                        "Art. 14(6)",
                        "bankruptcy estate 10,000: half of 50",
                        application(ApplicationKind.BANKRUPTCY, "10000"),
                        "25",
                        "25.00"),
                row(
                        "Art. 14(6)",
                        "#60 bankruptcy estate 1,000,000",
                        application(ApplicationKind.BANKRUPTCY, "1000000"),
                        "6900",
                        "6900.00"),
                row(
                        "Art. 14(6)",
                        "#61 bankruptcy estate 50,000,000",
                        application(ApplicationKind.BANKRUPTCY, "50000000"),
                        "145900",
                        "145900.00"),
                row(
                        "Art. 14(6)",
                        "bankruptcy estate 111,640,000 reaches the cap exactly",
                        application(ApplicationKind.BANKRUPTCY, "111640000"),
                        "300000",
                        "300000.00"),
                row(
                        "Art. 14(6)",
                        "bankruptcy estate 111,640,000.01 is capped",
                        application(ApplicationKind.BANKRUPTCY, "111640000.01"),
                        "300000",
                        "300000.00"),
                row(
                        "Art. 14(6)",
                        "#62 bankruptcy estate 200,000,000 is capped",
                        application(ApplicationKind.BANKRUPTCY, "200000000"),
                        "300000",
                        "300000.00"),
                row(
                        "Art. 14(7)1",
                        "limitation fund: the court fixes 1,000–10,000",
                        application(ApplicationKind.MARITIME_LIMITATION_FUND),
                        "1000",
                        "1000.00"),
                row(
                        "Art. 14(7)1",
                        "limitation fund at the range's maximum",
                        new ApplicationFacts(ApplicationKind.MARITIME_LIMITATION_FUND, null, Money.yuan(10000)),
                        "10000",
                        "10000.00"),
                row(
                        "Art. 14(7)2",
                        "maritime injunction: the court fixes 1,000–5,000",
                        application(ApplicationKind.MARITIME_INJUNCTION),
                        "1000",
                        "1000.00"),
                row(
                        "Art. 14(7)2",
                        "maritime injunction at the range's maximum",
                        new ApplicationFacts(ApplicationKind.MARITIME_INJUNCTION, null, Money.yuan(5000)),
                        "5000",
                        "5000.00"),
                row(
                        "Art. 14(7)3",
                        "ship priority summons at 3,000",
                        new ApplicationFacts(ApplicationKind.SHIP_PRIORITY_SUMMONS, null, Money.yuan(3000)),
                        "3000",
                        "3000.00"),
                row(
                        "Art. 14(7)4",
                        "maritime creditor registration",
                        application(ApplicationKind.MARITIME_CREDITOR_REGISTRATION),
                        "1000",
                        "1000.00"),
                row(
                        "Art. 14(7)5",
                        "general average adjustment",
                        application(ApplicationKind.GENERAL_AVERAGE_ADJUSTMENT),
                        "1000",
                        "1000.00"));
    }

    static Stream<Arguments> halving() {
        return Stream.of(
                row(
                        "Art. 16",
                        "#25 property 100,000 in summary procedure",
                        civil("100000").halvedFor(HalvingGround.SUMMARY_PROCEDURE),
                        "1150",
                        "1150.00"),
                row(
                        "Art. 16",
                        "#29 claim 5,000 in summary procedure",
                        civil("5000").halvedFor(HalvingGround.SUMMARY_PROCEDURE),
                        "25",
                        "25.00"),
                row(
                        "Art. 16",
                        "property 10,001 in summary procedure, rounded once",
                        civil("10001").halvedFor(HalvingGround.SUMMARY_PROCEDURE),
                        "25.0125",
                        "25.01"),
                row(
                        "Art. 15",
                        "property 100,000 closed by mediation",
                        civil("100000").halvedFor(HalvingGround.MEDIATION),
                        "1150",
                        "1150.00"),
                row(
                        "Art. 15",
                        "#27 property 1,000,000 withdrawn",
                        civil("1000000").halvedFor(HalvingGround.WITHDRAWAL),
                        "6900",
                        "6900.00"),
                row(
                        "Art. 18",
                        "#28 counterclaim 200,000 heard together",
                        civil("200000").halvedFor(HalvingGround.COUNTERCLAIM),
                        "2150",
                        "2150.00"),
                row(
                        "Art. 18",
                        "third party's claim 200,000 heard together",
                        civil("200000").halvedFor(HalvingGround.THIRD_PARTY_CLAIM),
                        "2150",
                        "2150.00"),
                row(
                        "Art. 15",
                        "divorce, property 500,000, base 300, mediated",
                        divorce("300", "500000").halvedFor(HalvingGround.MEDIATION),
                        "900",
                        "900.00"),
                row(
                        "SPC Interp. Art. 206",
                        "#26 summary procedure and mediation halve once",
                        civil("100000").halvedFor(HalvingGround.SUMMARY_PROCEDURE, HalvingGround.MEDIATION),
                        "1150",
                        "1150.00"),
                row(
                        "SPC Interp. Art. 206",
                        "counterclaim settled by mediation halves once",
                        civil("200000").halvedFor(HalvingGround.COUNTERCLAIM, HalvingGround.MEDIATION),
                        "2150",
                        "2150.00"),
                row(
                        "SPC Interp. Art. 206",
                        "all five grounds halve once",
                        civil("100000").halvedFor(HalvingGround.values()),
                        "1150",
                        "1150.00"));
    }

    @ParameterizedTest(name = "{0} · {1}: {3} → {4}")
    @MethodSource({"propertyBands", "nonPropertyAndOtherAcceptanceFees", "applicationFees", "halving"})
    void everyRuleGivesTheFeeWorkedOutByHand(String article, String rule, FeeFacts facts, String exact, String total) {
        var assessment = assess(facts);

        assertThat(assessment.exact()).as("exact fee").isEqualTo(exact(exact));
        assertThat(assessment.total()).as("fee to pay").isEqualTo(Money.yuan(total));
    }

    @ParameterizedTest(name = "{0} · {1}")
    @MethodSource({"propertyBands", "nonPropertyAndOtherAcceptanceFees", "applicationFees", "halving"})
    void theBreakdownAddsUpToTheFeeAndCitesTheMeasuresOrTheInterpretation(
            String article, String rule, FeeFacts facts, String exact, String total) {
        var assessment = assess(facts);

        var sum = assessment.lines().stream().map(FeeLine::fee).reduce(ExactAmount.ZERO, ExactAmount::plus);
        assertThat(sum).isEqualTo(assessment.exact());
        assertThat(assessment.lines().get(assessment.lines().size() - 1).total())
                .isEqualTo(assessment.exact());
        assertThat(assessment.lines())
                .allSatisfy(line -> assertThat(line.basis()).isNotNull());
    }

    private static CaseFacts divorce(String base, String property) {
        return caseOf(CaseKind.DIVORCE, property).choosing(Money.yuan(base));
    }

    private static CaseFacts personality(String base, String damages) {
        return caseOf(CaseKind.PERSONALITY_RIGHTS, damages).choosing(Money.yuan(base));
    }
}
