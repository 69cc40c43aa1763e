package org.smartcourt.courts.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.domain.Court;
import org.smartcourt.shared.CourtCode;

class CourtListTests {

    private static final String HEADER =
            "court_id,parent_court_id,hierarchy_code,court_name,court_daizi,level,high_court_daizi,numeric_code,note\r\n";

    private static final String ROWS = """
            0,-1,000,最高人民法院,最高法,SPC,最高法,,\r
            1700,0,E00,江西省高级人民法院,赣,HIGH,赣,,\r
            1850,0,F00,山东省高级人民法院,鲁,HIGH,鲁,,\r
            1851,1850,F10,山东省济南市中级人民法院,鲁01,INTERMEDIATE,鲁,01,\r
            1852,1851,F11,济南市历下区人民法院,鲁0102,BASIC,鲁,0102,\r
            1801,1700,EB0,江西省抚州市中级人民法院,赣10,INTERMEDIATE,赣,10,\r
            1811,1801,EBA,抚州市东乡区人民法院,赣1029,BASIC,赣,1029,代字尚未修改\r
            """;

    private static Court court(String code) {
        return CourtList.read(new StringReader(HEADER + ROWS)).stream()
                .filter(court -> court.code().value().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} {3}")
    @CsvSource(nullValues = "-", textBlock = """
                    # code,  id,   hierarchy, name,                 level,        parent, province, note
                    最高法,    0,    000,       最高人民法院,           SPC,          -,      最高法,    -
                    鲁,       1850, F00,       山东省高级人民法院,       HIGH,         最高法,  鲁,       -
                    鲁01,     1851, F10,       山东省济南市中级人民法院,  INTERMEDIATE, 鲁,     鲁,       -
                    鲁0102,   1852, F11,       济南市历下区人民法院,     BASIC,        鲁01,   鲁,       -
                    赣1029,   1811, EBA,       抚州市东乡区人民法院,     BASIC,        赣10,   赣,       代字尚未修改
                    """)
    void mapsEachRowToACourtWithItsSuperiorCourtsCode(
            String code,
            int id,
            String hierarchy,
            String name,
            CourtLevel level,
            String parent,
            String province,
            String note) {
        var court = court(code);

        assertThat(court.courtId()).isEqualTo(id);
        assertThat(court.hierarchyCode()).isEqualTo(hierarchy);
        assertThat(court.name()).isEqualTo(name);
        assertThat(court.level()).isEqualTo(level);
        assertThat(court.parentCode()).isEqualTo(parent == null ? null : CourtCode.of(parent));
        assertThat(court.province()).isEqualTo(CourtCode.of(province));
        assertThat(court.note()).isEqualTo(note);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
                    1900,1850,F20,山东省青岛市中级人民法院,鲁02,BASIC,鲁,02,         | not the code of a BASIC court
                    1900,4242,F20,山东省青岛市中级人民法院,鲁02,INTERMEDIATE,鲁,02,  | superior court id 4242 is not on the list
                    1900,1850,F20,山东省青岛市中级人民法院,鲁02,INTERMEDIATE,豫,02,  | is not in province 豫
                    1900,1850,F20,山东省青岛市中级人民法院,鲁002,INTERMEDIATE,鲁,02, | Not a court code
                    1900,1850,F20,山东省青岛市中级人民法院,鲁02,CITY,鲁,02,          | unknown level CITY
                    1900,1850,F20,山东省青岛市中级人民法院,鲁01,INTERMEDIATE,鲁,01,  | court code 鲁01 twice
                    1851,1850,F20,山东省青岛市中级人民法院,鲁02,INTERMEDIATE,鲁,02,  | court id 1851 twice
                    1900,1850,F20,,鲁02,INTERMEDIATE,鲁,02,                         | has no name
                    """)
    void rejectsRowsThatContradictTheStandard(String row, String message) {
        var csv = HEADER
                + "0,-1,000,最高人民法院,最高法,SPC,最高法,,\r\n"
                + "1850,0,F00,山东省高级人民法院,鲁,HIGH,鲁,,\r\n"
                + "1851,1850,F10,山东省济南市中级人民法院,鲁01,INTERMEDIATE,鲁,01,\r\n"
                + row + "\r\n";

        assertThatThrownBy(() -> CourtList.read(new StringReader(csv)))
                .hasMessageStartingWith("Line ")
                .hasMessageContaining(message);
    }

    @Test
    void theShippedListHasEveryCourtOnceUnderASuperiorCourtOfAHigherLevel() {
        var courts = CourtList.read(Dataset.courts());

        assertThat(courts).hasSize(3526);
        var byCode = new HashMap<CourtCode, Court>();
        courts.forEach(court -> byCode.put(court.code(), court));
        assertThat(courts).allSatisfy(court -> {
            if (court.parentCode() != null) {
                var parent = byCode.get(court.parentCode());
                assertThat(parent).as("superior court of %s", court.code()).isNotNull();
                assertThat(parent.level().ordinal()).isLessThan(court.level().ordinal());
            }
        });
        assertThat(courts.stream().collect(Collectors.groupingBy(Court::level, Collectors.counting())))
                .containsEntry(CourtLevel.SPC, 1L)
                .containsEntry(CourtLevel.HIGH, 33L)
                .containsEntry(CourtLevel.INTERMEDIATE, 403L)
                .containsEntry(CourtLevel.BASIC, 3089L);
        assertThat(courts).extracting(Court::hierarchyCode).doesNotHaveDuplicates();
    }
}
