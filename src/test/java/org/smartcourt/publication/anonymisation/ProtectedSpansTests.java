package org.smartcourt.publication.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectedSpansTests {

    @ParameterizedTest(name = "{0}: «{1}» protects «{2}»")
    @CsvSource(delimiter = ';', textBlock = """
            case number;                          刑事判决书 （2018）鲁0102刑初123号 公诉机关;       （2018）鲁0102刑初123号
            case number with a specialised code;  (2021)最高法知民终892号之一;                  (2021)最高法知民终892号之一
            pre-2016 case number;                 （2014）庆城民初字第833号;                   （2014）庆城民初字第833号
            judge in the signature;               审判长刘宏 代理审判员曹丽萍;                    刘宏
            acting judge;                         审判长刘宏 代理审判员曹丽萍 人民陪审员邵成英;        曹丽萍
            people's assessor;                    代理审判员曹丽萍 人民陪审员邵成英 二〇一六年十月十三日;  邵成英
            clerk;                                二〇一七年六月二十八日 书记员唐婷;                唐婷
            spaced role words;                    审　判　长　　李晓杰;                         李晓杰
            judge sitting alone in the body;      由审判员李晓杰独任审判;                        李晓杰
            """)
    void protectsCaseNumbersAndCourtOfficers(String rule, String text, String kept) {
        var at = text.indexOf(kept);

        var spans = ProtectedSpans.in(text, List.of());

        assertThat(spans.overlaps(at, at + kept.length())).isTrue();
    }
}
