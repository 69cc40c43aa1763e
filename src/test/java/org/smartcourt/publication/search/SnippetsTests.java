package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetsTests {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "被告人犯盗窃罪|盗窃|被告人犯<mark>盗窃</mark>罪",
                "<script>alert(1)</script>盗窃|盗窃|&lt;script&gt;alert(1)&lt;/script&gt;<mark>盗窃</mark>",
                "A & B \"quoted\" 'single' 盗窃|盗窃|A &amp; B &quot;quoted&quot; &#39;single&#39; <mark>盗窃</mark>",
                "持<b>刀|<b>|持<mark>&lt;b&gt;</mark>刀",
                "盗窃手机后又盗窃|盗窃,手机|<mark>盗窃手机</mark>后又<mark>盗窃</mark>",
                "秘密窃取他人财物|秘密窃取,窃取|<mark>秘密窃取</mark>他人财物",
                "购买ＩＰＨＯＮＥ手机|iphone|购买<mark>ＩＰＨＯＮＥ</mark>手机",
                "犯盗窃罪|罪|犯盗窃<mark>罪</mark>"
            })
    void everyOccurrenceOfTheWordsIsMarkedInEscapedText(String text, String words, String html) {
        assertThat(Snippets.html(text, Arrays.asList(words.split(",")))).isEqualTo(html);
    }

    @Test
    void theWindowIsWhereMostOfTheWordsOccur() {
        var text = "盗窃" + "。".repeat(300) + "手机被盗窃" + "。".repeat(300);

        var html = Snippets.html(text, List.of("盗窃", "手机"));

        assertThat(html).startsWith("…").endsWith("…").contains("<mark>手机</mark>被<mark>盗窃</mark>");
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).hasSize(162);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"短文<i>|抢劫|短文&lt;i&gt;", "短文|''|短文"})
    void withoutAnOccurrenceTheStartOfTheTextIsShownEscaped(String text, String word, String html) {
        assertThat(Snippets.html(text, List.of(word))).isEqualTo(html);
    }
}
