package org.smartcourt.courts.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.courts.domain.CaseType;
import org.smartcourt.courts.domain.CaseTypeKind;

class CaseTypeListTests {

    private static final String HEADER =
            "code,row_kind,case_type_name,type_daizi,major_category,group_within_major\r\n";

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(nullValues = "-", textBlock = """
                    # row,                                                     kind,           name,         type, group
                    '0300,major_category,民事案件,,民事案件,',                     MAJOR_CATEGORY, 民事案件,      -,    -
                    '0301,leaf,民事一审案件,民初,民事案件,',                        LEAF,           民事一审案件,   民初,  -
                    '0331,group,人身安全保护令案件,,民事案件,',                     GROUP,          人身安全保护令案件, -,  -
                    '0332,leaf,人身安全保护令申请审查案件,民保令,民事案件,人身安全保护令案件', LEAF, 人身安全保护令申请审查案件, 民保令, 人身安全保护令案件
                    """)
    void mapsEachRowOfTheStandard(String row, CaseTypeKind kind, String name, String type, String group) {
        var caseType = CaseTypeList.read(new StringReader(HEADER + row + "\r\n"), false)
                .get(0);

        assertThat(caseType.kind()).isEqualTo(kind);
        assertThat(caseType.name()).isEqualTo(name);
        assertThat(caseType.typeCode()).isEqualTo(type == null ? null : CaseTypeCode.of(type));
        assertThat(caseType.group()).isEqualTo(group);
        assertThat(caseType.majorCategory()).isEqualTo("民事案件");
        assertThat(caseType.majorCategoryCode()).isEqualTo("03");
        assertThat(caseType.official()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
                    0301,leaf,民事一审案件,,民事案件,          | Exactly the leaves carry a type code
                    0300,group,民事案件,民初,民事案件,          | Exactly the leaves carry a type code
                    0301,branch,民事一审案件,民初,民事案件,     | unknown row kind branch
                    3,leaf,民事一审案件,民初,民事案件,          | Not a case category code
                    0301,leaf,民事一审案件,Min,民事案件,       | Not a case-type code
                    """)
    void rejectsRowsThatContradictTheStandard(String row, String message) {
        assertThatThrownBy(() -> CaseTypeList.read(new StringReader(HEADER + row + "\r\n"), false))
                .hasMessageStartingWith("Line 2")
                .hasMessageContaining(message);
    }

    @Test
    void anAddedRowMustNameItsSource() {
        var additions = "code,row_kind,case_type_name,type_daizi,major_category,group_within_major,source,note\r\n"
                + "03A1,leaf,民事诉前调解案件,民诉前调,民事案件,,,\r\n";

        assertThatThrownBy(() -> CaseTypeList.read(new StringReader(additions), true))
                .hasMessageContaining("must name its source");
    }

    @Test
    void theShippedListsHoldTheStandardAndPreFilingMediation() {
        var caseTypes = CaseTypeList.read(Dataset.caseTypes());

        assertThat(caseTypes).hasSize(216);
        assertThat(caseTypes.stream()
                        .map(CaseType::typeCode)
                        .filter(Objects::nonNull)
                        .distinct())
                .hasSize(130);
        assertThat(caseTypes)
                .filteredOn(caseType -> !caseType.official())
                .singleElement()
                .satisfies(mediation -> {
                    assertThat(mediation.typeCode()).isEqualTo(CaseTypeCode.of("民诉前调"));
                    assertThat(mediation.majorCategory()).isEqualTo("民事案件");
                    assertThat(mediation.majorCategoryCode()).isEqualTo("03");
                    assertThat(mediation.source()).contains("(2021)川0104民诉前调801号");
                    assertThat(mediation.note()).contains("03A1");
                });
    }
}
