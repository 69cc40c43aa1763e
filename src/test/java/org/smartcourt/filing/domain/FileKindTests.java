package org.smartcourt.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileKindTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "255044462d312e370a, PDF",
        "ffd8ffe000104a4649, JPEG",
        "89504e470d0a1a0a0000, PNG",
        "504b030414000600, ''",
        "4d5a90000300, ''",
        "2550, ''",
        "'', ''"
    })
    void aFileIsRecognisedByItsFirstBytesOnly(String hex, String expected) {
        var kind = FileKind.of(HexFormat.of().parseHex(hex));

        assertThat(kind.map(Enum::name).orElse("")).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aTextFileNamedLikeAPdfIsNotAPdf() {
        assertThat(FileKind.of("hello, I am not a PDF".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
