package org.smartcourt.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.judgments.DecisionKind;

/** 法释〔2016〕19号 Art. 4 and 6: what is not published, and what is published instead. One row per ground. */
class ExclusionRulesTests {

    /**
     * One row per ground of Art. 4: the facts of a document, and whether the ground then applies by itself (from the
     * case record) or is flagged for the reviewer (only the text shows it).
     */
    static Stream<Arguments> grounds() {
        return Stream.of(
                Arguments.of(
                        ExclusionGround.STATE_SECRET,
                        facts(DecisionKind.JUDGMENT, "刑初", "故意泄露国家秘密罪", "被告人故意泄露国家秘密……"),
                        false),
                Arguments.of(
                        ExclusionGround.JUVENILE_CRIME,
                        facts(DecisionKind.JUDGMENT, "刑初", "盗窃罪", "被告人张某某，犯罪时系未成年人……"),
                        false),
                Arguments.of(
                        ExclusionGround.MEDIATION,
                        facts(DecisionKind.MEDIATION_STATEMENT, "民初", "民间借贷纠纷", "经本院主持调解，双方自愿达成如下协议……"),
                        true),
                Arguments.of(
                        ExclusionGround.DIVORCE_OR_CUSTODY,
                        facts(DecisionKind.JUDGMENT, "民初", "离婚纠纷", "原告与被告婚后感情不和……"),
                        true),
                Arguments.of(ExclusionGround.COURT_DECISION, facts(DecisionKind.JUDGMENT, "民初", "名誉权纠纷", "……"), false));
    }

    private static DocumentFacts facts(DecisionKind kind, String caseType, String cause, String text) {
        return new DocumentFacts(kind, caseType, cause, text);
    }

    @ParameterizedTest(name = "Art. 4({0}): applies by itself {2}")
    @MethodSource("grounds")
    void eachGroundOfArticleFourAppliesOrIsFlaggedAndOnlyTheNoticeIsPublished(
            ExclusionGround ground, DocumentFacts facts, boolean appliesByItself) {
        var assessment = ExclusionRules.assess(facts);

        if (appliesByItself) {
            assertThat(assessment.applies()).isEqualTo(ground);
        } else if (ground != ExclusionGround.COURT_DECISION) {
            assertThat(assessment.applies()).isNull();
            assertThat(assessment.toCheck()).contains(ground);
        } else {
            assertThat(assessment).isEqualTo(ExclusionAssessment.none()); // Art. 4(5) is the court's own decision
        }
        var notice = new NonPublicationNotice(
                "（2026）鲁0102民初5号", "济南市历下区人民法院", LocalDate.parse("2026-03-02"), ground, "法院的理由");
        assertThat(notice.text())
                .contains("（2026）鲁0102民初5号", "济南市历下区人民法院", "2026年3月2日", ground.description(), "法院的理由")
                .contains("第四条第（" + "一二三四五".charAt(ground.item() - 1) + "）项")
                .doesNotContain(facts.text(), facts.cause());
        assertThat(notice.title("民事判决书")).isEqualTo("（2026）鲁0102民初5号民事判决书（不公开）");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            JUDGMENT            | 民初 | 离婚纠纷         | DIVORCE_OR_CUSTODY
            JUDGMENT            | 民终 | 变更抚养关系纠纷 | DIVORCE_OR_CUSTODY
            JUDGMENT            | 民初 | 监护权纠纷       | DIVORCE_OR_CUSTODY
            RULING              | 民特 | 申请确认人民调解协议效力 | MEDIATION
            MEDIATION_STATEMENT | 民初 | 买卖合同纠纷     | MEDIATION
            MEDIATION_STATEMENT | 行初 | 行政补偿         | none
            JUDGMENT            | 民初 | 离婚后财产纠纷   | none
            JUDGMENT            | 民初 | 扶养纠纷         | none
            JUDGMENT            | 民初 | 民间借贷纠纷     | none
            """)
    void theCaseRecordDecidesTheGroundsThatApplyByThemselves(
            DecisionKind kind, String caseType, String cause, @Nullable ExclusionGround expected) {
        assertThat(ExclusionRules.assess(new DocumentFacts(kind, caseType, cause, "正文"))
                        .applies())
                .isEqualTo(expected);
    }

    @Test
    void aPropertyDisputeAfterDivorceIsOnlyFlaggedForTheReviewer() {
        var assessment = ExclusionRules.assess(new DocumentFacts(DecisionKind.JUDGMENT, "民初", "离婚后财产纠纷", "正文"));

        assertThat(assessment.applies()).isNull();
        assertThat(assessment.toCheck()).containsExactly(ExclusionGround.DIVORCE_OR_CUSTODY);
    }

    @Test
    void theCourtsOwnDecisionNeedsAReason() {
        assertThatThrownBy(() -> new NonPublicationNotice(
                        null, "济南市历下区人民法院", LocalDate.parse("2026-03-02"), ExclusionGround.COURT_DECISION, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(ExclusionGround.class)
    void onlyAStateSecretMayWithholdEvenTheNoticeAndOnlyMediationYieldsToNecessity(ExclusionGround ground) {
        assertThat(ground.noticeMayBeWithheld()).isEqualTo(ground == ExclusionGround.STATE_SECRET);
        assertThat(ground.yieldsToNecessity()).isEqualTo(ground == ExclusionGround.MEDIATION);
    }
}
