package org.smartcourt.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.identity.Username;

class PasswordPolicyTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "correct-horse-battery, ",
        "短密码但有十个字符呢吗, ",
        "ninechars, TOO_SHORT",
        "zhangsan-2026!, CONTAINS_USERNAME",
        "My-ZhangSan-password, CONTAINS_USERNAME"
    })
    void checksLengthAndUsername(String password, PasswordPolicy.Violation violation) {
        var result = PasswordPolicy.check(password, Username.parse("zhangsan"));

        if (violation == null) {
            assertThat(result).isEmpty();
        } else {
            assertThat(result).contains(violation);
        }
    }
}
