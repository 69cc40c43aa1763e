package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.shared.Language;

class LegalBasisTests {

    @ParameterizedTest(name = "Art. {0} is 第{1}条")
    @CsvSource({
        "1, 一",
        "8, 八",
        "10, 十",
        "13, 十三",
        "20, 二十",
        "21, 二十一",
        "99, 九十九",
        "100, 一百",
        "101, 一百零一",
        "110, 一百一十",
        "113, 一百一十三",
        "199, 一百九十九",
        "201, 二百零一",
        "206, 二百零六",
        "318, 三百一十八"
    })
    void articleNumbersAreWrittenInChineseNumeralsAsStatutesDo(int number, String chinese) {
        assertThat(LegalBasis.chineseNumber(number)).isEqualTo(chinese);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MEASURES|13|0|1|2|诉讼费用交纳办法第十三条第（一）项第2目|Measures on the Payment of Litigation Costs, Art. 13 item (1) point 2",
                "MEASURES|13|2|0|0|诉讼费用交纳办法第十三条第二款|Measures on the Payment of Litigation Costs, Art. 13 para. 2",
                "MEASURES|17|0|0|0|诉讼费用交纳办法第十七条|Measures on the Payment of Litigation Costs, Art. 17",
                "CPL_INTERPRETATION|206|0|0|0|最高人民法院关于适用《中华人民共和国民事诉讼法》的解释第二百零六条|SPC Interpretation of the Civil Procedure Law, Art. 206"
            })
    void aCitationReadsTheChineseWayOrTheEnglishWay(
            Act act, int article, int paragraph, int item, int point, String chinese, String english) {
        var basis = new LegalBasis(act, article, paragraph, item, point);

        assertThat(basis.citation(Language.ZH_CN)).isEqualTo(chinese);
        assertThat(basis.citation(Language.EN)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0, 0", "1000, 0, 0, 0", "13, -1, 0, 0", "13, 0, -1, 0", "13, 0, 0, -1"})
    void aCitationNeedsAnArticleAndNoNegativeParts(int article, int paragraph, int item, int point) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LegalBasis(Act.MEASURES, article, paragraph, item, point));
    }

    @ParameterizedTest
    @CsvSource({"1, 0, 0, 0", "999, 0, 0, 0"})
    void articlesOneToNineHundredNinetyNineCanBeCited(int article, int paragraph, int item, int point) {
        assertThat(new LegalBasis(Act.MEASURES, article, paragraph, item, point).article())
                .isEqualTo(article);
    }
}
