package org.smartcourt.publication.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JudgmentHeadersTests {

    private static final Set<String> KNOWN = Set.of("刑初", "刑终", "民初", "刑再");

    static Stream<Arguments> headings() {
        return Stream.of(
                Arguments.of(
                        "上海市奉贤区人民法院 刑事判决书 （2017）沪0120刑初684号 公诉机关上海市奉贤区人民检察院。",
                        "上海市奉贤区人民法院",
                        "判决书",
                        "（2017）沪0120刑初684号",
                        2017,
                        "刑初"),
                Arguments.of(
                        "上海市嘉定区人民法院 刑事判决书 （2015）嘉刑初字第1987号 公诉机关上海市嘉定区人民检察院。",
                        "上海市嘉定区人民法院",
                        "判决书",
                        "（2015）嘉刑初字第1987号",
                        2015,
                        "刑初"),
                Arguments.of(
                        "柯某甲放火一审刑事判决书 汕头市金平区人民法院 刑事判决书 （2015）汕金法刑重字第6号 公诉机关",
                        "汕头市金平区人民法院",
                        "判决书",
                        "（2015）汕金法刑重字第6号",
                        2015,
                        null),
                Arguments.of(
                        "山东省临沂市罗庄区人民法院 刑事判决书 （2014）临罗刑一初字第81号 公诉机关",
                        "山东省临沂市罗庄区人民法院",
                        "判决书",
                        "（2014）临罗刑一初字第81号",
                        2014,
                        "刑初"),
                Arguments.of(
                        "山东省济南市中级人民法院 刑事裁定书 （2019）鲁01刑终12号 原公诉机关",
                        "山东省济南市中级人民法院",
                        "裁定书",
                        "（2019）鲁01刑终12号",
                        2019,
                        "刑终"));
    }

    @ParameterizedTest
    @MethodSource("headings")
    void theHeadingNamesCourtDocumentCaseNumberYearAndCaseType(
            String text, String court, String documentType, String caseNumber, int year, String caseType) {
        var header = JudgmentHeaders.read(text, KNOWN::contains);

        assertThat(header.courtName()).isEqualTo(court);
        assertThat(header.documentType()).isEqualTo(documentType);
        assertThat(header.caseNumber()).isEqualTo(caseNumber);
        assertThat(header.year()).isEqualTo(year);
        assertThat(header.caseType()).isEqualTo(caseType);
    }

    @Test
    void theDateOfDecisionIsTheLastDateInChineseNumeralsAndTheCauseTheFirstCharge() {
        var text = "被告人张某犯盗窃罪，判处拘役四个月。2017年5月3日被刑事拘留。 审判员 王某 二〇一七年六月二十八日 书记员 李某";

        var header = JudgmentHeaders.read(text, KNOWN::contains);

        assertThat(header.decidedOn()).isEqualTo(LocalDate.of(2017, 6, 28));
        assertThat(header.cause()).isEqualTo("盗窃罪");
    }

    @ParameterizedTest
    @CsvSource({"一,1", "十,10", "十一,11", "二十,20", "三十一,31", "9,9"})
    void chineseNumeralsOfDaysAndMonths(String numeral, int value) {
        assertThat(JudgmentHeaders.number(numeral)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"刑初,FIRST_INSTANCE", "民终,SECOND_INSTANCE", "刑再,RETRIAL", "民申,RETRIAL", "执,OTHER"})
    void theCaseTypeCodeNamesTheStage(String typeCode, Procedure procedure) {
        assertThat(Procedure.of(typeCode)).isEqualTo(procedure);
    }
}
