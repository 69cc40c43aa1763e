package org.smartcourt.publication.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnonymiserTests {

    /** One recogniser for all tests: HanLP loads its dictionaries once per JVM. */
    static final Anonymiser ANONYMISER = new Anonymiser(new HanlpNameRecogniser());

    private static final CaseType CRIMINAL = new CaseType("刑初");
    private static final CaseType CIVIL = new CaseType("民初");

    private static final String CRIMINAL_JUDGMENT = "山东省济南市历下区人民法院 刑事判决书 （2018）鲁0102刑初123号 "
            + "公诉机关济南市历下区人民检察院。 被告人王建国，男，1985年3月5日出生，汉族，住山东省济南市历下区和平路12号。 "
            + "经审理查明，2018年5月3日，被告人王建国驾驶鲁A12345号小轿车将被害人李小红撞伤，证人赵大海、钱多多目睹。"
            + "被害人李小红的电话为13812345678。 审判长刘振华 审判员陈静 人民陪审员孙丽 二〇一八年十月八日 书记员周敏";

    private static Anonymised anonymise(String text, CaseType type, Profile profile, Party... parties) {
        return ANONYMISER.anonymise(new Judgment(text, type, profile, List.of(parties)));
    }

    @Test
    void underThe2016RuleACriminalDefendantIsNamedButVictimsAndWitnessesAreNot() {
        var result = anonymise(
                CRIMINAL_JUDGMENT,
                CRIMINAL,
                Profile.RULE_2016,
                new Party("王建国", Role.DEFENDANT),
                new Party("李小红", Role.VICTIM),
                new Party("赵大海", Role.WITNESS));

        assertThat(result.text())
                .contains("被告人王建国")
                .contains("被害人李某")
                .contains("证人赵某")
                .doesNotContain("李小红", "赵大海", "13812345678", "和平路12号")
                .contains("鲁A×××××")
                .contains("住山东省济南市历下区××");
        assertThat(result.redactions())
                .filteredOn(redaction -> redaction.category() == Category.PERSON)
                .extracting(Redaction::rule)
                .allMatch(rule -> rule.startsWith("2016规定第八条(二)") || rule.startsWith("2016规定第十条(六)"));
    }

    @Test
    void aWitnessTheRecordDoesNotKnowIsCaughtByNameRecognition() {
        var result = anonymise(CRIMINAL_JUDGMENT, CRIMINAL, Profile.RULE_2016, new Party("王建国", Role.DEFENDANT));

        assertThat(result.text()).doesNotContain("李小红", "赵大海").contains("被告人王建国");
    }

    @Test
    void underThe2024PracticeEveryPartyIsMaskedButJudgesClerkAndCaseNumberStay() {
        var result = anonymise(
                CRIMINAL_JUDGMENT,
                CRIMINAL,
                Profile.PRACTICE_2024,
                new Party("王建国", Role.DEFENDANT),
                new Party("李小红", Role.VICTIM));

        assertThat(result.text())
                .contains("被告人王某")
                .doesNotContain("王建国", "李小红")
                .contains("（2018）鲁0102刑初123号", "审判长刘振华", "审判员陈静", "人民陪审员孙丽", "书记员周敏");
    }

    @Test
    void aJudgeNamedAsAPartyByMistakeIsStillNotMasked() {
        var result = anonymise(
                CRIMINAL_JUDGMENT,
                CRIMINAL,
                Profile.PRACTICE_2024,
                new Party("刘振华", Role.WITNESS),
                new Party("周敏", Role.OTHER),
                new Party("（2018）鲁0102刑初123号", Role.OTHER));

        assertThat(result.text()).contains("审判长刘振华", "书记员周敏", "（2018）鲁0102刑初123号");
    }

    @Test
    void twoPeopleWithTheSameSurnameAreNumberedInOrderOfFirstAppearanceEverywhere() {
        var text = "被害人张伟与张强系兄弟。张强先到，张伟后到。证人张伟称其不认识张强。";

        var result = anonymise(
                text, CRIMINAL, Profile.RULE_2016, new Party("张伟", Role.VICTIM), new Party("张强", Role.WITNESS));

        assertThat(result.text()).isEqualTo("被害人张某1与张某2系兄弟。张某2先到，张某1后到。证人张某1称其不认识张某2。");
    }

    @Test
    void aPersonReferredToByTheGivenNameAloneGetsTheSameReplacement() {
        var text = "被害人王建国之妻称，建国当晚未归。";

        var result = anonymise(text, CRIMINAL, Profile.RULE_2016, new Party("王建国", Role.VICTIM));

        assertThat(result.text()).isEqualTo("被害人王某之妻称，王某当晚未归。");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            compound surname;         被害人欧阳娜娜报警。;              欧阳娜娜;            被害人欧阳某报警。
            minority name;            被害人阿不都热合曼·买买提报警。;     阿不都热合曼·买买提;   被害人阿某报警。
            transliterated name;      被害人约翰·史密斯报警。;           约翰·史密斯;          被害人约某报警。
            English name;             被害人John Smith报警。;          John Smith;         被害人J报警。
            """)
    void namesAreShortenedByArticleNine(String rule, String text, String name, String expected) {
        var result = anonymise(text, CRIMINAL, Profile.RULE_2016, new Party(name, Role.VICTIM));

        assertThat(result.text()).isEqualTo(expected);
    }

    @Test
    void twoEnglishNamesWithTheSameInitialAreNumbered() {
        var result = anonymise(
                "证人John Smith与Jane Doe均在场。",
                CRIMINAL,
                Profile.RULE_2016,
                new Party("John Smith", Role.WITNESS),
                new Party("Jane Doe", Role.WITNESS));

        assertThat(result.text()).isEqualTo("证人J1与J2均在场。");
    }

    @Test
    void inAnOrdinaryCivilCaseThe2016RuleKeepsPartiesAndOrganisationsButRemovesTheirNumbers() {
        var text = "原告王建国，男，住山东省济南市历下区和平路12号，身份证号370102198503051239。"
                + "被告济南华源贸易有限公司，住所地山东省济南市历下区经十路100号。经审理查明，原告向被告账户6222021001123456789转款。";

        var result = anonymise(
                text,
                CIVIL,
                Profile.RULE_2016,
                new Party("王建国", Role.PLAINTIFF),
                new Party("济南华源贸易有限公司", Role.DEFENDANT));

        assertThat(result.text())
                .contains("原告王建国", "被告济南华源贸易有限公司", "住所地山东省济南市历下区经十路100号")
                .doesNotContain("和平路12号", "370102198503051239", "6222021001123456789");
    }

    @Test
    void inAFamilyCaseThe2016RuleMasksThePartiesToo() {
        var text = "原告王建国与被告李小红离婚纠纷一案。原告王建国诉称，其与被告李小红于2010年登记结婚。";

        var result = anonymise(
                text, CIVIL, Profile.RULE_2016, new Party("王建国", Role.PLAINTIFF), new Party("李小红", Role.DEFENDANT));

        assertThat(result.text()).isEqualTo("原告王某与被告李某离婚纠纷一案。原告王某诉称，其与被告李某于2010年登记结婚。");
        assertThat(result.redactions()).allMatch(redaction -> redaction.rule().startsWith("2016规定第八条(一)"));
    }

    @Test
    void underThe2024PracticeOrganisationsAreMaskedKeepingTheirLegalForm() {
        var text = "原告济南华源贸易有限公司与被告上海明达科技有限公司买卖合同纠纷一案，原告济南华源贸易有限公司诉称。";

        var result = anonymise(
                text,
                CIVIL,
                Profile.PRACTICE_2024,
                new Party("济南华源贸易有限公司", Role.PLAINTIFF),
                new Party("上海明达科技有限公司", Role.DEFENDANT));

        assertThat(result.text()).isEqualTo("原告某1有限公司与被告某2有限公司买卖合同纠纷一案，原告某1有限公司诉称。");
        assertThat(result.redactions()).extracting(Redaction::category).containsOnly(Category.ORGANISATION);
    }

    @Test
    void redactionOffsetsPointIntoTheInputText() {
        var result = anonymise(CRIMINAL_JUDGMENT, CRIMINAL, Profile.PRACTICE_2024, new Party("李小红", Role.VICTIM));

        assertThat(result.redactions())
                .filteredOn(redaction -> redaction.category() == Category.PERSON
                        && redaction.rule().contains("案件记录"))
                .allMatch(redaction -> CRIMINAL_JUDGMENT
                        .substring(redaction.start(), redaction.end())
                        .equals("李小红"));
        assertThat(result.redactions())
                .filteredOn(redaction -> redaction.category() == Category.PHONE)
                .singleElement()
                .satisfies(redaction -> assertThat(CRIMINAL_JUDGMENT.substring(redaction.start(), redaction.end()))
                        .isEqualTo("13812345678"));
    }

    @Test
    void aReviewerCanAddAMissedSpanAndKeepAWronglyMaskedOne() {
        var text = "被害人李小红在和平路12号遇见老周。";
        var lao = text.indexOf("老周");
        var street = text.indexOf("和平路");

        var result = ANONYMISER.anonymise(new Judgment(
                text,
                CRIMINAL,
                Profile.RULE_2016,
                List.of(new Party("李小红", Role.VICTIM)),
                List.of(
                        new ReviewerCorrection(lao, lao + 2, ReviewerCorrection.Action.MASK, Category.PERSON),
                        new ReviewerCorrection(street, street + 6, ReviewerCorrection.Action.KEEP, Category.ADDRESS))));

        assertThat(result.text()).isEqualTo("被害人李某在和平路12号遇见××。");
    }

    @Test
    void aNameTheReviewerMasksReadsLikeTheOthersAndATypedReplacementIsPublishedAsTyped() {
        var text = "原告张三诉称，王五在场。王五后来离开。被告李四的车牌为鲁A12345。";
        var first = text.indexOf("王五");
        var second = text.indexOf("王五", first + 1);
        var plate = text.indexOf("鲁A12345");

        var result = ANONYMISER.anonymise(new Judgment(
                text,
                CIVIL,
                Profile.PRACTICE_2024,
                List.of(new Party("张三", Role.PLAINTIFF), new Party("李四", Role.DEFENDANT)),
                List.of(
                        new ReviewerCorrection(first, first + 2, ReviewerCorrection.Action.MASK, Category.PERSON),
                        new ReviewerCorrection(second, second + 2, ReviewerCorrection.Action.MASK, Category.PERSON),
                        new ReviewerCorrection(
                                plate, plate + 7, ReviewerCorrection.Action.MASK, Category.PLATE, "鲁A×××××"))));

        assertThat(result.text()).isEqualTo("原告张某诉称，王某在场。王某后来离开。被告李某的车牌为鲁A×××××。");
    }

    @Test
    void theStockPhrasesOfAJudgmentAreNotTakenForNames() {
        var text = "被告李四于本判决生效之日起十日内偿还原告张三借款。如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状。";

        var result = anonymise(
                text, CIVIL, Profile.PRACTICE_2024, new Party("张三", Role.PLAINTIFF), new Party("李四", Role.DEFENDANT));

        assertThat(result.text()).contains("于本判决生效之日起", "向本院递交").doesNotContain("于某");
    }

    @Test
    void aReviewerCannotMaskTheCaseNumber() {
        var text = "（2018）鲁0102刑初123号 被害人李小红。";

        var result = ANONYMISER.anonymise(new Judgment(
                text,
                CRIMINAL,
                Profile.RULE_2016,
                List.of(),
                List.of(new ReviewerCorrection(0, 16, ReviewerCorrection.Action.MASK, Category.PERSON))));

        assertThat(result.text()).startsWith("（2018）鲁0102刑初123号");
    }
}
