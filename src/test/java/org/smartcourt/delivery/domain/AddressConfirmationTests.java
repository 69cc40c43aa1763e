package org.smartcourt.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.smartcourt.identity.MobileNumber;

class AddressConfirmationTests {

    private static final PostalAddress HOME = new PostalAddress("250000", "济南市历下区泉城路1号", null);

    private static AddressConfirmation confirm(
            @Nullable String account,
            boolean consent,
            Set<ServiceChannel> channels,
            @Nullable EmailAddress email,
            @Nullable MobileNumber mobile) {
        return AddressConfirmation.of(
                "370102199001011234",
                account,
                "李四",
                consent,
                channels,
                email,
                mobile,
                HOME,
                false,
                ConfirmationMethod.ONLINE_BY_PARTY,
                "li-si",
                null,
                Instant.now());
    }

    @Test
    void consentAlwaysIncludesThePlatformInboxOfAPartyWithAnAccount() {
        var confirmation =
                confirm("li-si", true, Set.of(ServiceChannel.EMAIL), EmailAddress.parse("Li@Example.CN"), null);

        assertThat(confirmation.electronicChannels())
                .containsExactlyInAnyOrder(ServiceChannel.INBOX, ServiceChannel.EMAIL);
        assertThat(confirmation.addressOf(ServiceChannel.EMAIL)).contains("Li@example.cn");
        assertThat(confirmation.addressOf(ServiceChannel.SMS)).isEmpty();
    }

    @Test
    void withoutConsentNoElectronicChannelIsKept() {
        var confirmation =
                confirm("li-si", false, Set.of(ServiceChannel.EMAIL), EmailAddress.parse("li@example.cn"), null);

        assertThat(confirmation.electronicChannels()).isEmpty();
    }

    @Test
    void serviceByEmailNeedsTheAddressAndByTextMessageTheNumber() {
        assertThatThrownBy(() -> confirm("li-si", true, Set.of(ServiceChannel.EMAIL), null, null))
                .hasMessageContaining("e-mail");
        assertThatThrownBy(() -> confirm("li-si", true, Set.of(ServiceChannel.SMS), null, null))
                .hasMessageContaining("mobile");
    }

    @Test
    void consentForAPartyWithoutAccountNamesAnotherChannel() {
        assertThatThrownBy(() -> confirm(null, true, Set.of(ServiceChannel.INBOX), null, null))
                .hasMessageContaining("at least one channel");
    }

    @Test
    void anEmailAddressNeedsOneAtAndADottedDomain() {
        assertThat(EmailAddress.isValid("li@example.cn")).isTrue();
        assertThat(EmailAddress.isValid("li@localhost")).isFalse();
        assertThat(EmailAddress.isValid("li example@example.cn")).isFalse();
        assertThat(EmailAddress.isValid("li@@example.cn")).isFalse();
    }
}
