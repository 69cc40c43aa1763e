package org.smartcourt.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonAcceptanceRulingTests {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
        "2026-11-29, 二〇二六年十一月二十九日",
        "2026-01-01, 二〇二六年一月一日",
        "2030-10-10, 二〇三〇年十月十日",
        "2027-12-20, 二〇二七年十二月二十日",
        "2028-03-31, 二〇二八年三月三十一日"
    })
    void courtDocumentsDateThemselvesInChineseNumerals(LocalDate date, String written) {
        assertThat(ChineseDate.of(date)).isEqualTo(written);
    }

    @Test
    void theRulingGivesTheReasonsTheLegalBasisTheRulingAndTheAppealToTheSuperiorCourt() throws Exception {
        var ruling = new NonAcceptanceRuling(
                List.of("张三"), List.of("李四"), LocalDate.of(2026, 11, 20), List.of("不属于人民法院受理民事诉讼的范围。"), "山东省济南市中级人民法院");

        var body = ruling.xhtmlBody();

        assertThat(body)
                .contains("起诉人：张三。")
                .contains("二〇二六年十一月二十日，本院收到张三的起诉状。")
                .contains("本院经审查认为，不属于人民法院受理民事诉讼的范围。")
                .contains("第一百二十六条")
                .contains("对张三的起诉，本院不予受理。")
                .contains("送达之日起十日内")
                .contains("上诉于山东省济南市中级人民法院。");
        assertWellFormed(body);
    }

    @Test
    void namesThatLookLikeMarkupCannotBreakTheDocument() throws Exception {
        var ruling = new NonAcceptanceRuling(
                List.of("<b>A & B</b> \"Ltd\""), List.of(), LocalDate.of(2026, 11, 20), List.of("x < y"), "某中院");

        var body = ruling.xhtmlBody();

        assertThat(body).doesNotContain("<b>").contains("&lt;b&gt;A &amp; B");
        assertWellFormed(body);
    }

    @Test
    void aRulingWithoutReasonsIsRefused() {
        assertThatThrownBy(() ->
                        new NonAcceptanceRuling(List.of("张三"), List.of(), LocalDate.of(2026, 11, 20), List.of(), "某中院"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertWellFormed(String body) throws Exception {
        var xml = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + body + "</div>";
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
