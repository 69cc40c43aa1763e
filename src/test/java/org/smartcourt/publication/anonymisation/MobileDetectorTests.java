package org.smartcourt.publication.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MobileDetectorTests {

    @ParameterizedTest(name = "{0}: «{1}» → «{2}»")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
            plain mobile;                          联系电话13812345678。;          13812345678
            with +86;                              电话+8613912345678;             +8613912345678
            grouped with dashes;                   手机139-1234-5678;              139-1234-5678
            19x range;                             手机号码19912345678;             19912345678
            near miss: 12 prefix is no mobile;     编号12812345678;                ''
            near miss: inside a longer number;     账号6213812345678901;           ''
            near miss: ten digits;                 编号1381234567;                 ''
            near miss: followed by a letter;       型号13812345678A;               ''
            """)
    void findsMobileNumbers(String rule, String text, String expected) {
        DetectorCases.check(new MobileDetector(), text, expected);
    }
}
