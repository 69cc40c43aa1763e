package org.smartcourt.publication.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdDetectorTests {

    @ParameterizedTest(name = "{0}: «{1}» → «{2}»")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
            18 digits with a valid check digit;          公民身份号码370102198503051239，汉族;  370102198503051239
            check character X;                           身份证号11010519491231002X。;          11010519491231002X
            lower-case x accepted;                       身份证号11010519491231002x。;          11010519491231002x
            leap day;                                    号码440304200002290014;               440304200002290014
            legacy 15 digits with a valid birth date;    旧身份证号370102850305123;             370102850305123
            near miss: wrong check digit;                身份证号370102198503051238;            ''
            near miss: impossible birth date;            号码370102198513051234;               ''
            near miss: 19 digits;                        账号3701021985030512390;              ''
            near miss: inside letters;                   编号A370102198503051239;               ''
            near miss: 15 digits with an invalid date;   编号370102851305123;                  ''
            """)
    void findsResidentIdNumbers(String rule, String text, String expected) {
        DetectorCases.check(new ResidentIdDetector(), text, expected);
    }

    @Test
    void theCheckCharacterFollowsGb11643() {
        assertThat(ResidentIdDetector.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdDetector.checkCharacter("37010219850305123")).isEqualTo('9');
    }
}
