package org.smartcourt.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdempotencyKeyTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a UUID is a key                      | 8e0c1b4e-3f0a-4a7c-9d54-2f7c2b9a1e11 | true
            one visible character is a key       | x                                    | true
            punctuation is visible ASCII         | !~#$%&'()*+,-./:;<=>?@[]^_`{}        | true
            255 characters are the most          | LONG_255                             | true
            256 characters are too many          | LONG_256                             | false
            an empty value is not a key          | EMPTY                                | false
            a space is not visible               | two words                            | false
            a tab is a control character         | TAB                                  | false
            non-ASCII letters are refused        | 幂等键                                  | false
            DEL is a control character           | DEL                                  | false
            """)
    void keysAreOneTo255VisibleAsciiCharacters(String rule, String sample, boolean wellFormed) {
        var value = switch (sample) {
            case "LONG_255" -> "k".repeat(255);
            case "LONG_256" -> "k".repeat(256);
            case "EMPTY" -> "";
            case "TAB" -> "a\tb";
            case "DEL" -> "a\u007Fb";
            default -> sample;
        };

        assertThat(IdempotencyKey.isWellFormed(value)).isEqualTo(wellFormed);
        if (wellFormed) {
            assertThat(new IdempotencyKey(value).value()).isEqualTo(value);
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> new IdempotencyKey(value));
        }
    }
}
