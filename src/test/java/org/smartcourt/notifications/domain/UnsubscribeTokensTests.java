package org.smartcourt.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcourt.notifications.Channel;

class UnsubscribeTokensTests {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("a-key-of-sixteen-characters");

    @Test
    void aTokenSaysWhoUnsubscribesFromWhichChannel() {
        var token = tokens.issue("zhang-san", Channel.SMS);

        assertThat(tokens.read(token)).contains(new UnsubscribeTokens.Unsubscription("zhang-san", Channel.SMS));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsNotGenuine() {
        var forged = new UnsubscribeTokens("another-key-of-sixteen-chars").issue("zhang-san", Channel.EMAIL);

        assertThat(tokens.read(forged)).isEmpty();
    }

    @Test
    void changingTheNameInATokenBreaksItsSignature() {
        var token = tokens.issue("zhang-san", Channel.EMAIL);
        var other = tokens.issue("li-si", Channel.EMAIL);
        var swapped = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));

        assertThat(tokens.read(swapped)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "abc.def", "!!!.???", "emhhbmctc2FuCklOQk9Y.x"})
    void malformedTokensAreNotGenuine(String token) {
        assertThat(tokens.read(token)).isEmpty();
    }

    @Test
    void nobodyUnsubscribesFromTheInbox() {
        assertThatThrownBy(() -> tokens.issue("zhang-san", Channel.INBOX)).isInstanceOf(IllegalArgumentException.class);
    }
}
