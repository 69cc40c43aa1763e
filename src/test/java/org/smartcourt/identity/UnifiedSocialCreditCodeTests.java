package org.smartcourt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnifiedSocialCreditCodeTests {

    @ParameterizedTest(name = "{0} is a valid unified social credit code")
    @CsvSource({
        "91350100M000100Y43, 91350100M000100Y43", // the example in GB 32100-2015
        "91350100m000100y43, 91350100M000100Y43", // lower case is normalised
        "91370102MA3C123456, 91370102MA3C123456",
        "91370100163052345X, 91370100163052345X", // check character X
        "12100000400000624D, 12100000400000624D", // a public institution (type 1)
        "913700001630445787, 913700001630445787",
        "91110000802100433B, 91110000802100433B"
    })
    void acceptsCodesWhoseCheckCharacterIsRight(String text, String stored) {
        assertThat(UnifiedSocialCreditCode.parse(text).value()).isEqualTo(stored);
        assertThat(UnifiedSocialCreditCode.problemWith(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource({
        "91350100M000100Y44, BAD_CHECK_DIGIT", // check off by one
        "91350100M000100Y40, BAD_CHECK_DIGIT",
        "91350100M001000Y43, BAD_CHECK_DIGIT", // two characters swapped
        "91370100163052345Y, BAD_CHECK_DIGIT",
        "91350100M000100Y4, WRONG_LENGTH",
        "91350100M000100Y433, WRONG_LENGTH",
        "'', WRONG_LENGTH",
        "91350100I000100Y43, BAD_CHARACTERS", // I is not in the alphabet
        "91350100O000100Y43, BAD_CHARACTERS", // nor O
        "91350100S000100Y43, BAD_CHARACTERS", // nor S
        "91350100V000100Y43, BAD_CHARACTERS", // nor V
        "91350100Z000100Y43, BAD_CHARACTERS", // nor Z
        "913501-0M000100Y43, BAD_CHARACTERS",
        "913A0100M000100Y43, BAD_CHARACTERS" // the division code must be digits
    })
    void rejectsEveryWayOfBeingWrong(String text, UnifiedSocialCreditCode.Problem problem) {
        assertThat(UnifiedSocialCreditCode.problemWith(text)).contains(problem);
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.parse(text));
    }

    @ParameterizedTest(name = "the check character of {0} is {1}")
    @CsvSource({
        "91350100M000100Y4, 3",
        "91370102MA3C12345, 6",
        "91370100163052345, X",
        "12100000400000624, D",
        "91370000163044578, 7",
        "91110000802100433, B"
    })
    void computesTheMod31CheckCharacter(String firstSeventeen, char check) {
        assertThat(UnifiedSocialCreditCode.checkCharacter(firstSeventeen)).isEqualTo(check);
    }
}
