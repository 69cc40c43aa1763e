package org.smartcourt.delivery.application;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.domain.EmailAddress;
import org.smartcourt.delivery.domain.PostalAddress;
import org.smartcourt.delivery.domain.ServiceChannel;
import org.smartcourt.identity.MobileNumber;

/**
 * The service address confirmation form (送达地址确认书) as a party or clerk fills it, and its checks field by field.
 *
 * @param consent consent to electronic service
 * @param channels the electronic channels chosen besides the platform inbox
 */
public record AddressForm(
        boolean consent,
        Set<ServiceChannel> channels,
        @Nullable String email,
        @Nullable String mobile,
        @Nullable String postcode,
        @Nullable String address,
        @Nullable String phone,
        boolean abroad) {

    public AddressForm {
        channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    /** The message key of each field's problem, in the order of the form; empty when the form is complete. */
    public Map<String, String> problems(boolean hasAccount) {
        var problems = new LinkedHashMap<String, String>();
        if (channels.stream().anyMatch(channel -> !channel.isElectronic())) {
            problems.put("channels", "delivery.address.error.channels");
        }
        if (consent && channels.contains(ServiceChannel.EMAIL) && !EmailAddress.isValid(email)) {
            problems.put("email", "delivery.address.error.email");
        } else if (!blank(email) && !EmailAddress.isValid(email)) {
            problems.put("email", "delivery.address.error.email");
        }
        if (consent && channels.contains(ServiceChannel.SMS) && !MobileNumber.isValid(mobile)) {
            problems.put("mobile", "delivery.address.error.mobile");
        } else if (!blank(mobile) && !MobileNumber.isValid(mobile)) {
            problems.put("mobile", "delivery.address.error.mobile");
        }
        if (consent
                && !hasAccount
                && !channels.contains(ServiceChannel.EMAIL)
                && !channels.contains(ServiceChannel.SMS)) {
            problems.put("channels", "delivery.address.error.noChannel");
        }
        if (!blank(postcode) && !PostalAddress.isPostcode(postcode)) {
            problems.put("postcode", "delivery.address.error.postcode");
        }
        if (blank(address) || address.strip().length() > 300) {
            problems.put("address", "delivery.address.error.address");
        }
        if (!blank(phone) && phone.strip().length() > 30) {
            problems.put("phone", "delivery.address.error.phone");
        }
        return problems;
    }

    @Nullable
    EmailAddress emailAddress() {
        return blank(email) ? null : EmailAddress.parse(email);
    }

    @Nullable
    MobileNumber mobileNumber() {
        return blank(mobile) ? null : MobileNumber.parse(mobile);
    }

    PostalAddress postal() {
        return new PostalAddress(postcode, address == null ? "" : address, phone);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
