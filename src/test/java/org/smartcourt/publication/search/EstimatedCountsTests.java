package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EstimatedCountsTests {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"0, 0", "7.4, 7", "99.6, 100", "123, 120", "1250, 1300", "54321, 54000", "987654.3, 990000"})
    void anEstimateIsRoundedToTwoSignificantDigits(double estimate, long shown) {
        assertThat(JudgmentSearch.about(estimate)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} of {1} judgments: {2} of 1024 buckets")
    @CsvSource({
        "10000, 1000000, 11",
        "10000, 100000, 103",
        "10000, 5000, 1024",
        "3000, 15000, 205",
        "3000, 0, 1024",
        "1, 1000000000, 1"
    })
    void theSampleTakesEnoughBucketsForTheJudgmentsWanted(long wanted, long among, int buckets) {
        assertThat(JudgmentSearch.buckets(wanted, among)).isEqualTo(buckets);
    }
}
