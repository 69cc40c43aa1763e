package org.smartcourt.publication.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailDetectorTests {

    @ParameterizedTest(name = "{0}: «{1}» → «{2}»")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
            plain address;                     邮箱zhang.san@example.com。;      zhang.san@example.com
            sub-domain and plus;               送达地址li+court@mail.qq.com;     li+court@mail.qq.com
            near miss: no top-level domain;    账号wang@localhost;              ''
            near miss: a weibo handle;         微博@张三的日常;                   ''
            """)
    void findsEmailAddresses(String rule, String text, String expected) {
        DetectorCases.check(new EmailDetector(), text, expected);
    }
}
