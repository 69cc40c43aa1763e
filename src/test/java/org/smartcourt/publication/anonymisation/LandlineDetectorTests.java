package org.smartcourt.publication.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandlineDetectorTests {

    @ParameterizedTest(name = "{0}: «{1}» → «{2}»")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
            three-digit area code;              电话010-65881234。;          010-65881234
            four-digit area code, 7 digits;     电话0531-8888123，;          0531-8888123
            area code in brackets;              电话（0755）83451234;        （0755）83451234
            with an extension;                  电话0755-83451234-801;       0755-83451234-801
            near miss: a date;                  于2018-12-01到达;            ''
            near miss: number too short;        分机010-1234;                ''
            near miss: no area code;            电话65881234;               ''
            """)
    void findsLandlineNumbers(String rule, String text, String expected) {
        DetectorCases.check(new LandlineDetector(), text, expected);
    }
}
