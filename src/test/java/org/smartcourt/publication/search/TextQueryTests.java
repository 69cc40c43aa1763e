package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.publication.search.TextQuery.Clause;

class TextQueryTests {

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("盗窃", List.of(new Clause(List.of("盗窃"), "盗窃", false))),
                Arguments.of("盗窃手机", List.of(new Clause(List.of("盗窃", "手机"), "盗窃手机", false))),
                Arguments.of("如实供述", List.of(new Clause(List.of("如实供述"), "如实供述", false))),
                Arguments.of("渝0103", List.of(new Clause(List.of("渝0103"), "渝0103", false))),
                Arguments.of("罪", List.of(new Clause(List.of("罪"), "罪", false))),
                Arguments.of("\"盗窃手机\"", List.of(new Clause(List.of("盗窃手机"), "盗窃手机", false))),
                Arguments.of(
                        "盗窃 -抢劫",
                        List.of(new Clause(List.of("盗窃"), "盗窃", false), new Clause(List.of("抢劫"), "抢劫", true))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aWordTheDictionarySplitsIntoWordsRequiresEachOtherwiseItIsASubstring(String query, List<Clause> clauses) {
        assertThat(TextQuery.of(query).clauses()).containsExactlyElementsOf(clauses);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("highlights")
    void theSnippetMarksWhatWasFoundNotWhatWasExcluded(String query, List<String> highlights) {
        assertThat(TextQuery.of(query).highlights()).containsExactlyElementsOf(highlights);
    }

    static Stream<Arguments> highlights() {
        return Stream.of(
                Arguments.of("盗窃手机 -抢劫", List.of("盗窃手机", "盗窃", "手机")),
                Arguments.of("\"秘密窃取\" 罪", List.of("秘密窃取", "罪")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleCharacters")
    void onlyOneCjkCharacterIsASingleCharacter(String word, boolean single) {
        assertThat(QueryWords.isSingleCharacter(word)).isEqualTo(single);
    }

    static Stream<Arguments> singleCharacters() {
        return Stream.of(
                Arguments.of("罪", true),
                Arguments.of("盗窃", false),
                Arguments.of("a", false),
                Arguments.of("7", false),
                Arguments.of("𠀀", true));
    }
}
