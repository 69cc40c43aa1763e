package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.publication.search.QueryTerms.Term;

class QueryTermsTests {

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("盗窃 手机", List.of(new Term("盗窃", false, false), new Term("手机", false, false))),
                Arguments.of("\"秘密窃取\" 手机", List.of(new Term("秘密窃取", true, false), new Term("手机", false, false))),
                Arguments.of("盗窃 -抢劫", List.of(new Term("盗窃", false, false), new Term("抢劫", false, true))),
                Arguments.of("-\"入户盗窃\"", List.of(new Term("入户盗窃", true, true))),
                Arguments.of("\\\"盗窃 手机", List.of(new Term("\"盗窃", false, false), new Term("手机", false, false))),
                Arguments.of("((( - <> 盗窃", List.of(new Term("盗窃", false, false))),
                Arguments.of("\"\"", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void wordsPhrasesAndExclusions(String query, List<Term> terms) {
        assertThat(QueryTerms.parse(query)).containsExactlyElementsOf(terms);
    }
}
