package org.smartcourt.publication.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyCertificateDetectorTests {

    @ParameterizedTest(name = "{0}: «{1}» → «{2}»")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
            unified register certificate;      取得鲁（2019）济南市不动产权第0012345号证书;   鲁（2019）济南市不动产权第0012345号
            house certificate of a city;       房屋已办理济房权证历字第123456号房产证;       济房权证历字第123456号
            Beijing private house certificate; 京房权证朝私字第12345号;                   京房权证朝私字第12345号
            land-use certificate;              土地证号为历国用（2008）第0123号;           历国用（2008）第0123号
            number after its label;            房产证号：2010A123456，;                  2010A123456
            near miss: a case number;          （2018）鲁0102民初123号;                  ''
            near miss: the word alone;         双方约定办理不动产权证书;                   ''
            """)
    void findsPropertyCertificateNumbers(String rule, String text, String expected) {
        DetectorCases.check(new PropertyCertificateDetector(), text, expected);
    }
}
