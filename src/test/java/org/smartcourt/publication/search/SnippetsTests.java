package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetsTests {

    private static final String S = Snippets.START;
    private static final String E = Snippets.END;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "被告人犯S盗窃E罪|被告人犯<mark>盗窃</mark>罪",
                "<script>alert(1)</script>S盗窃E|&lt;script&gt;alert(1)&lt;/script&gt;<mark>盗窃</mark>",
                "A & B \"quoted\" 'single'|A &amp; B &quot;quoted&quot; &#39;single&#39;",
                "S<b>E|<mark>&lt;b&gt;</mark>",
                "S未闭合|<mark>未闭合</mark>",
                "E多余的结束S|多余的结束<mark></mark>"
            })
    void theTextIsEscapedBeforeTheHitsAreMarked(String fragment, String html) {
        assertThat(Snippets.html(List.of(fragment.replace("S", S).replace("E", E)), ""))
                .isEqualTo(html);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"短文<i>|短文&lt;i&gt;"})
    void withoutHighlightsTheStartOfTheTextIsShownEscaped(String text, String html) {
        assertThat(Snippets.html(List.of(), text)).isEqualTo(html);
    }
}
