package org.smartcourt.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # text,                   year, court,  specialised, type,   serial, suffix, printed
            （2026）鲁0102民初1号,      2026, 鲁0102,  -,          民初,   1,      -,      （2026）鲁0102民初1号
            (2017)京04民终367号,        2017, 京04,    -,          民终,   367,    -,      （2017）京04民终367号
            （2020）鲁民终123号,        2020, 鲁,      -,          民终,   123,    -,      （2020）鲁民终123号
            (2021)最高法知民终892号,    2021, 最高法,   知,         民终,   892,    -,      （2021）最高法知民终892号
            (2020)浙01知民初277号,      2020, 浙01,    知,         民初,   277,    -,      （2020）浙01知民初277号
            (2021)川0104民诉前调801号,  2021, 川0104,  -,          民诉前调, 801,   -,      （2021）川0104民诉前调801号
            (2018)沪01民初937号之三,    2018, 沪01,    -,          民初,   937,    之三,   （2018）沪01民初937号之三
            （2026）鲁0102执1号,        2026, 鲁0102,  -,          执,     1,      -,      （2026）鲁0102执1号
            """)
    void readsAndPrintsTheOfficialFormat(
            String text,
            int year,
            String court,
            String specialised,
            String type,
            long serial,
            String suffix,
            String printed) {
        var number = CaseNumber.parse(text).orElseThrow();

        assertThat(number.year()).isEqualTo(year);
        assertThat(number.court()).isEqualTo(CourtCode.of(court));
        assertThat(number.specialisedCode()).isEqualTo(specialised);
        assertThat(number.typeCode()).isEqualTo(type);
        assertThat(number.serial()).isEqualTo(serial);
        assertThat(number.suffix()).isEqualTo(suffix);
        assertThat(number).hasToString(printed);
    }

    @ParameterizedTest(name = "\"{0}\" is not a case number")
    @ValueSource(
            strings = {
                "",
                "2026鲁0102民初1号",
                "（2026）鲁0102民初号",
                "（2026）鲁0102民初0号",
                "（26）鲁0102民初1号",
                "（2014）庆城民初字第833号",
                "（2026）L0102民初1号"
            })
    void rejectsWhatIsNotACaseNumber(String text) {
        assertThat(CaseNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "serial {0} is refused")
    @ValueSource(longs = {0, -1})
    void serialsStartAtOne(long serial) {
        assertThatIllegalArgumentException().isThrownBy(() -> CaseNumber.of(2026, CourtCode.of("鲁0102"), "民初", serial));
    }
}
