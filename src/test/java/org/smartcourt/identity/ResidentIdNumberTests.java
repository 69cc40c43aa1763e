package org.smartcourt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @ParameterizedTest(name = "{0} is a valid resident ID number stored as {1}")
    @CsvSource({
        "11010519491231002X, 11010519491231002X", // the example printed in GB 11643-1999
        "11010519491231002x, 11010519491231002X", // lower-case x is accepted and normalised
        "' 370102199003071238 ', 370102199003071238", // surrounding spaces are ignored
        "370102198801010013, 370102198801010013", // check digit 3
        "370102198506124560, 370102198506124560", // check digit 0
        "440304199602290151, 440304199602290151", // born on 29 February of a leap year
        "370102200001010138, 370102200001010138"
    })
    void acceptsNumbersWhoseCheckCharacterIsRight(String text, String stored) {
        var number = ResidentIdNumber.parse(text, TODAY);

        assertThat(number.value()).isEqualTo(stored);
        assertThat(ResidentIdNumber.problemWith(text, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource({
        "110105194912310021, BAD_CHECK_DIGIT", // the standard's example with 1 instead of X
        "370102199003071239, BAD_CHECK_DIGIT", // last digit off by one
        "370102199003071283, BAD_CHECK_DIGIT", // two digits swapped
        "370102198801010012, BAD_CHECK_DIGIT",
        "11010519491231002, WRONG_LENGTH", // 17 characters
        "11010519491231002X1, WRONG_LENGTH", // 19 characters
        "110105491231002, WRONG_LENGTH", // the old 15-digit form
        "'', WRONG_LENGTH",
        "1101051949123100X2, BAD_CHARACTERS", // X only allowed last
        "11010519491231002Y, BAD_CHARACTERS",
        "11010519A91231002X, BAD_CHARACTERS",
        "440304199702290150, BAD_BIRTH_DATE", // 29 February in a common year
        "370102199013071236, BAD_BIRTH_DATE", // month 13
        "370102199004311234, BAD_BIRTH_DATE", // 31 April
        "370102202712010010, BIRTH_DATE_IN_FUTURE" // born after today
    })
    void rejectsEveryWayOfBeingWrong(String text, ResidentIdNumber.Problem problem) {
        assertThat(ResidentIdNumber.problemWith(text, TODAY)).contains(problem);
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.parse(text, TODAY));
    }

    @ParameterizedTest(name = "the check character of {0} is {1}")
    @CsvSource({
        "11010519491231002, X",
        "37010219900307123, 8",
        "37010219850612456, 0",
        "37010219880101001, 3",
        "37010219750515002, 5",
        "37010219800808003, 2",
        "37010219820202004, 1",
        "37010219830303005, 4",
        "37010219840404006, 7",
        "37010219870707008, 7",
        "37010219890909009, 4"
    })
    void computesTheIso7064Mod112CheckCharacter(String firstSeventeen, char check) {
        assertThat(ResidentIdNumber.checkCharacter(firstSeventeen)).isEqualTo(check);
    }

    @org.junit.jupiter.api.Test
    void tellsTheBirthDateAndMasksTheMiddle() {
        var number = ResidentIdNumber.parse("11010519491231002X", TODAY);

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.masked()).isEqualTo("1101**********002X");
        assertThat(number.toString()).doesNotContain("19491231");
    }
}
