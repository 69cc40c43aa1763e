package org.smartcourt.publication.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTests {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', textBlock = """
            Art. 9 (1) surname and 某;                      王建国;              王某
            two-character name;                            张伟;               张某
            compound surname keeps both characters;        欧阳娜娜;            欧阳某
            compound surname 诸葛;                          诸葛明亮;            诸葛某
            compound surname 司马;                          司马光;             司马某
            two-character name is no compound surname;      东方;               东某
            Art. 9 (2) minority name keeps the first character;   阿不都热合曼·买买提;   阿某
            Art. 9 (3) transliteration keeps the first character; 约翰·史密斯;         约某
            Art. 9 (3) English name keeps the first letter;       John Smith;         J
            English name in lower case;                           mary jones;         M
            """)
    void shortensNamesByArticleNine(String rule, String name, String expected) {
        assertThat(PersonName.shorten(name, false)).isEqualTo(expected);
    }

    @Test
    void aRecognisedTransliterationWithoutADotKeepsItsFirstCharacter() {
        assertThat(PersonName.shorten("欧阳史密斯", true)).isEqualTo("欧某");
    }

    @Test
    void theGivenNameAloneAndTheFirstPartOfADottedNameAreAliases() {
        assertThat(PersonName.aliases("王建国")).containsExactly("王建国", "建国");
        assertThat(PersonName.aliases("欧阳娜娜")).containsExactly("欧阳娜娜", "娜娜");
        assertThat(PersonName.aliases("张伟")).containsExactly("张伟");
        assertThat(PersonName.aliases("阿不都热合曼·买买提")).containsExactly("阿不都热合曼·买买提", "阿不都热合曼");
        assertThat(PersonName.aliases("John Smith")).containsExactly("John Smith");
    }
}
