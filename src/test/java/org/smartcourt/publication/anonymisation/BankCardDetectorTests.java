package org.smartcourt.publication.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankCardDetectorTests {

    @ParameterizedTest(name = "{0}: «{1}» → «{2}»")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
            19-digit UnionPay card;                   卡号6222021001123456789。;         6222021001123456789
            18-digit card;                            账户622848041234567890转入;        622848041234567890
            16-digit Visa card;                       卡号4218701234567892;             4218701234567892
            grouped in fours;                         卡号6222 0210 0112 3456 789;       6222 0210 0112 3456 789
            near miss: fails Luhn;                    卡号6222021001123456788;           ''
            near miss: valid resident ID;             身份证370102198503051239;          ''
            near miss: starts like no card;           订单号1222021001123456789;         ''
            near miss: twelve digits;                 编号622202100112;                  ''
            near miss: twenty digits;                 编号62220210011234567890;          ''
            """)
    void findsBankCardNumbers(String rule, String text, String expected) {
        DetectorCases.check(new BankCardDetector(), text, expected);
    }
}
