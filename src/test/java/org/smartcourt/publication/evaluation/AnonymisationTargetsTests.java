package org.smartcourt.publication.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcourt.publication.anonymisation.Anonymiser;
import org.smartcourt.publication.anonymisation.HanlpNameRecogniser;
import org.smartcourt.publication.anonymisation.Profile;

/** The targets of issue #5 on the committed evaluation set (200 real judgments with synthetic identities). */
class AnonymisationTargetsTests {

    private static List<LabelledJudgment> set;
    private static AnonymisationEvaluation evaluation;

    @BeforeAll
    static void loadTheCommittedSet() throws IOException {
        set = AnonymisationEvaluation.load(AnonymisationEvaluation.SET);
        evaluation = new AnonymisationEvaluation(
                new Anonymiser(AnonymisationEvaluation.remembering(new HanlpNameRecogniser())));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyIdentityTheCaseRecordKnowsIsMaskedAndNumbersAlmostAlways(Profile profile) {
        var report = evaluation.score(set, profile);

        assertThat(set).hasSizeGreaterThanOrEqualTo(200);
        assertThat(report.recall().get("PERSON (case record)").labels).isGreaterThan(1000);
        assertThat(report.recall().get("PERSON (case record)").recall())
                .as("recall of people known from the case record")
                .isEqualTo(1.0);
        for (var category : List.of("ID_NUMBER", "PHONE", "BANK_CARD", "PLATE")) {
            assertThat(report.recall().get(category).labels).as(category).isGreaterThanOrEqualTo(20);
            assertThat(report.recall().get(category).recall()).as(category).isGreaterThanOrEqualTo(0.99);
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void noJudgeClerkOrCaseNumberIsEverMasked(Profile profile) {
        var report = evaluation.score(set, profile);

        assertThat(report.judgesOrCaseNumbersMasked()).isZero();
        assertThat(report.keptPartiesMasked()).isZero();
    }
}
