package org.smartcourt.publication.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CitedArticlesTests {

    static Stream<Arguments> citations() {
        return Stream.of(
                Arguments.of(
                        "依照《中华人民共和国刑法》第二百六十四条、第五十二条、第五十三条之规定，判决如下",
                        List.of("《中华人民共和国刑法》第二百六十四条", "《中华人民共和国刑法》第五十二条", "《中华人民共和国刑法》第五十三条")),
                Arguments.of("依照《刑法》第六十七条第三款及第七十二条第一款第（三）项的规定", List.of("《中华人民共和国刑法》第六十七条", "《中华人民共和国刑法》第七十二条")),
                Arguments.of(
                        "根据《中华人民共和国刑法》第一百三十三条之一第一款、《中华人民共和国刑事诉讼法》第十五条",
                        List.of("《中华人民共和国刑法》第一百三十三条之一", "《中华人民共和国刑事诉讼法》第十五条")),
                Arguments.of("《中华人民共和国刑法》第二百六十四条。又依《中华人民共和国刑法》第二百六十四条", List.of("《中华人民共和国刑法》第二百六十四条")),
                Arguments.of("被告人犯盗窃罪，判处有期徒刑六个月。", List.of()),
                Arguments.of("阅读《红楼梦》第三回", List.of()));
    }

    @ParameterizedTest
    @MethodSource("citations")
    void eachCitedArticleIsListedOnceWithTheFullNameOfItsLaw(String text, List<String> expected) {
        assertThat(CitedArticles.in(text)).containsExactlyElementsOf(expected);
    }
}
