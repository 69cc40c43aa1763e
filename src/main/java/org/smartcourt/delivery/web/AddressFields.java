package org.smartcourt.delivery.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.application.AddressForm;
import org.smartcourt.delivery.domain.ServiceChannel;
import org.springframework.context.MessageSource;

/** The fields of the service address page as posted, and back as shown (with the errors next to each field). */
record AddressFields(
        boolean consent,
        boolean byEmail,
        boolean bySms,
        String email,
        String mobile,
        String postcode,
        String address,
        String phone,
        boolean abroad) {

    static final AddressFields EMPTY = new AddressFields(false, false, false, "", "", "", "", "", false);

    static AddressFields of(ServiceViews.@Nullable AddressView current) {
        if (current == null) {
            return EMPTY;
        }
        return new AddressFields(
                current.electronicConsent(),
                current.channels().contains("EMAIL"),
                current.channels().contains("SMS"),
                orEmpty(current.email()),
                orEmpty(current.mobile()),
                orEmpty(current.postcode()),
                current.address(),
                orEmpty(current.phone()),
                current.domicileAbroad());
    }

    AddressForm form() {
        var channels = EnumSet.noneOf(ServiceChannel.class);
        if (byEmail) {
            channels.add(ServiceChannel.EMAIL);
        }
        if (bySms) {
            channels.add(ServiceChannel.SMS);
        }
        return new AddressForm(consent, channels, email, mobile, postcode, address, phone, abroad);
    }

    static Map<String, String> messages(Map<String, String> problems, MessageSource source, Locale locale) {
        var shown = new LinkedHashMap<String, String>();
        problems.forEach((field, code) -> shown.put(field, source.getMessage(code, null, code, locale)));
        return shown;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
