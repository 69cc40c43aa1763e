package org.smartcourt.courts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.shared.CourtCode;

class CourtDirectoryPageTests {

    private static CourtSummary court(String code, String name, CourtLevel level, String parent, String province) {
        return new CourtSummary(
                CourtCode.of(code), name, level, parent == null ? null : CourtCode.of(parent), CourtCode.of(province));
    }

    @ParameterizedTest(name = "{1} → {3}")
    @CsvSource(textBlock = """
                    鲁,   山东省高级人民法院,                     HIGH, 山东省
                    内,   内蒙古自治区高级人民法院,                 HIGH, 内蒙古自治区
                    兵,   新疆维吾尔自治区高级人民法院生产建设兵团分院, HIGH, 新疆维吾尔自治区生产建设兵团
                    军,   中国人民解放军军事法院,                   HIGH, 中国人民解放军军事法院
                    最高法, 最高人民法院,                           SPC,  最高人民法院
                    """)
    void namesAProvinceAfterItsHighCourt(String code, String name, CourtLevel level, String province) {
        var parent = level == CourtLevel.SPC ? null : "最高法";

        var choice = CourtDirectoryPage.ProvinceChoice.of(court(code, name, level, parent, code));

        assertThat(choice.code()).isEqualTo(code);
        assertThat(choice.name()).isEqualTo(province);
    }

    @Test
    void basicCourtsAreGroupedUnderTheirIntermediateCourt() {
        var courts = List.of(
                court("青", "青海省高级人民法院", CourtLevel.HIGH, "最高法", "青"),
                court("青01", "青海省西宁市中级人民法院", CourtLevel.INTERMEDIATE, "青", "青"),
                court("青0102", "西宁市城东区人民法院", CourtLevel.BASIC, "青01", "青"),
                court("青0103", "西宁市城中区人民法院", CourtLevel.BASIC, "青01", "青"),
                court("青02", "青海省海东市中级人民法院", CourtLevel.INTERMEDIATE, "青", "青"),
                court("青8601", "西宁铁路运输法院", CourtLevel.BASIC, "青", "青"));

        var groups = CourtDirectoryPage.group(courts);

        assertThat(groups)
                .extracting(group -> group.rows().stream()
                        .map(row -> row.court().code().value())
                        .toList())
                .containsExactly(List.of("青", "青8601"), List.of("青01", "青0102", "青0103"), List.of("青02"));
        assertThat(groups.get(1).rows())
                .extracting(CourtDirectoryPage.Row::head)
                .containsExactly(true, false, false);
        assertThat(groups.get(1).rows().get(1).parentName()).isEqualTo("青海省西宁市中级人民法院");
        assertThat(groups.get(0).rows().get(0).parentName()).isNull();
    }
}
