package org.smartcourt.courts.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.courts.CaseTypeSummary;
import org.smartcourt.courts.domain.CaseType;
import org.smartcourt.courts.domain.CaseTypeKind;

class CourtDirectoryTests {

    private static CaseType leaf(String category, String name, String code, String group, String source) {
        return new CaseType(category, CaseTypeKind.LEAF, name, CaseTypeCode.of(code), "民事案件", group, source, null);
    }

    @Test
    void aCodeOfOneCategoryIsNamedAfterIt() {
        var summary = CourtDirectory.summary(CaseTypeCode.of("民初"), List.of(leaf("0301", "民事一审案件", "民初", null, null)))
                .orElseThrow();

        assertThat(summary.name()).isEqualTo("民事一审案件");
        assertThat(summary.majorCategoryCode()).isEqualTo("03");
        assertThat(summary.majorCategory()).isEqualTo("民事案件");
        assertThat(summary.official()).isTrue();
    }

    @Test
    void aCodeOfSeveralCategoriesIsNamedAfterTheirGroup() {
        var summary = CourtDirectory.summary(
                        CaseTypeCode.of("民辖"),
                        List.of(
                                leaf("0105", "民事提级管辖案件", "民辖", "民事管辖案件", null),
                                leaf("0106", "民事指定管辖案件", "民辖", "民事管辖案件", null)))
                .orElseThrow();

        assertThat(summary.name()).isEqualTo("民事管辖案件");
        assertThat(summary.categories())
                .containsExactly(
                        new CaseTypeSummary.Category("0105", "民事提级管辖案件"),
                        new CaseTypeSummary.Category("0106", "民事指定管辖案件"));
    }

    @Test
    void aCodeSmartCourtAddedIsNotOfficial() {
        var summary = CourtDirectory.summary(
                        CaseTypeCode.of("民诉前调"), List.of(leaf("03A1", "民事诉前调解案件", "民诉前调", null, "(2021)川0104民诉前调801号")))
                .orElseThrow();

        assertThat(summary.official()).isFalse();
    }

    @Test
    void anUnknownCodeHasNoSummary() {
        assertThat(CourtDirectory.summary(CaseTypeCode.of("民飞"), List.of())).isEmpty();
    }
}
