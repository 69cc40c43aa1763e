package org.smartcourt.courts.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTableTests {

    static Stream<Arguments> secondFields() {
        return Stream.of(
                Arguments.of("plain field", "a,b\r\n1,two\r\n", "two"),
                Arguments.of("LF line ends", "a,b\n1,two\n", "two"),
                Arguments.of("no final line end", "a,b\r\n1,two", "two"),
                Arguments.of("empty field", "a,b\r\n1,\r\n", ""),
                Arguments.of("quoted comma", "a,b\r\n1,\"x, y\"\r\n", "x, y"),
                Arguments.of("doubled quote", "a,b\r\n1,\"say \"\"hi\"\"\"\r\n", "say \"hi\""),
                Arguments.of("line break inside quotes", "a,b\r\n1,\"two\r\nlines\"\r\n", "two\r\nlines"),
                Arguments.of("byte-order mark", "\uFEFFa,b\r\n1,two\r\n", "two"),
                Arguments.of("blanks around a field", "a,b\r\n1, two \r\n", "two"),
                Arguments.of("Chinese text", "a,b\r\n1,山东省高级人民法院\r\n", "山东省高级人民法院"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secondFields")
    void readsTheFieldOfAColumn(String rule, String csv, String expected) {
        var table = CsvTable.read(new StringReader(csv));

        assertThat(table.header()).containsExactly("a", "b");
        assertThat(table.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.get("b")).isEqualTo(expected));
    }

    @Test
    void blankLinesAreSkippedAndLinesCounted() {
        var table = CsvTable.read(new StringReader("a,b\r\n\r\n1,2\r\n3,\"x\ny\"\r\n5,6\r\n"));

        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3, 4, 6);
    }

    @Test
    void aMissingColumnReadsAsEmptyOnlyWhenAskedFor() {
        var row = CsvTable.read(new StringReader("a\r\n1\r\n")).rows().get(0);

        assertThat(row.getOrEmpty("note")).isEmpty();
        assertThatThrownBy(() -> row.get("note")).hasMessageContaining("No column note");
    }

    static List<Arguments> malformed() {
        return List.of(
                Arguments.of("a,b\r\n1\r\n", "Line 2 has 1 fields"),
                Arguments.of("a,b\r\n1,\"open\r\n", "not closed"),
                Arguments.of("a,b\r\n1,\"x\"y\r\n", "after a closing quote"),
                Arguments.of("a,a\r\n1,2\r\n", "appears twice"),
                Arguments.of("", "no header"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformed")
    void rejectsMalformedFiles(String csv, String message) {
        assertThatThrownBy(() -> CsvTable.read(new StringReader(csv))).hasMessageContaining(message);
    }
}
