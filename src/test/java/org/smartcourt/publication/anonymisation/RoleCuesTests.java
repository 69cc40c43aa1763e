package org.smartcourt.publication.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleCuesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            role word right before;                   被害人李小红报警;                 李小红;   VICTIM
            longest role word wins;                   附带民事诉讼原告人李小红;          李小红;   INCIDENTAL_CIVIL_PLAINTIFF
            被告人 is not 被告;                        被告人王建国;                    王建国;   DEFENDANT
            listed after another witness;             证人辛某某、刘某某、胡大海的证言;    胡大海;   WITNESS
            colon after the role word;                原告：王建国，男;                 王建国;   PLAINTIFF
            near miss: an accomplice is no defendant; 被告人杨兴婷伙同程晨、王慧玉;       王慧玉;   OTHER
            near miss: no role word;                  后王慧玉离开;                    王慧玉;   OTHER
            """)
    void inferTheRoleFromTheWordBeforeTheName(String rule, String text, String name, Role expected) {
        assertThat(RoleCues.before(text, text.indexOf(name))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
            a rare given name after 证人;           证人许春辉、袭祥壮的证言;      许春辉|袭祥壮
            a dotted name after 被害人;             被害人艾力·买买提的陈述;       艾力·买买提
            near miss: a word, not a name;         被害人家中被盗;               ''
            near miss: no role word;               许春辉的证言;                ''
            """)
    void findNamesAfterRoleWords(String rule, String text, String expected) {
        var found = CueNameFinder.find(text).stream()
                .map(mention -> text.substring(mention.start(), mention.end()))
                .toList();
        if (expected.isEmpty()) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).containsExactly(expected.split("\\|"));
        }
    }
}
