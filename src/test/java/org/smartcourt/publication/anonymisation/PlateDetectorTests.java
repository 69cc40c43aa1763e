package org.smartcourt.publication.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlateDetectorTests {

    @ParameterizedTest(name = "{0}: «{1}» → «{2}»")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
            ordinary plate;                       驾驶鲁A12345号小轿车;         鲁A12345
            letters in the serial;                驾驶豫GB8E21小型汽车;         豫GB8E21
            new-energy plate, six characters;     驾驶粤BD12345新能源车;        粤BD12345
            with a middle dot;                    牌号为京A·88888的汽车;        京A·88888
            trailer;                             挂车冀F1234挂;               冀F1234挂
            near miss: already masked;            驾驶豫G×××××号小型汽车;       ''
            near miss: a case number;             （2018）鲁0102刑初123号;      ''
            near miss: no digit;                  沪AABCDE;                   ''
            near miss: serial too long;           编号苏B12345678;              ''
            """)
    void findsLicencePlates(String rule, String text, String expected) {
        DetectorCases.check(new PlateDetector(), text, expected);
    }

    @Test
    void keepsTheProvinceAndTheIssuingLetter() {
        assertThat(new PlateDetector().detect("驾驶鲁A12345号").get(0).replacement())
                .isEqualTo("鲁A×××××");
    }
}
