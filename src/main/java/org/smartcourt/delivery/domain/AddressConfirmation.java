package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.MobileNumber;

/**
 * A party's service address confirmation (送达地址确认书, 民诉解释 Art. 136): whether it consents to electronic service,
 * on which channels and addresses, and where to post documents. Kept per person (by identification number), so that
 * the address confirmed at first instance serves the appeal, retrial and enforcement too unless changed (民诉解释 Art.
 * 137). A change is a new confirmation; the earlier ones stay as history.
 *
 * @param identification the party's ID number or unified social credit code, which identifies the person across cases
 * @param account the party's platform username, when it has one: the platform inbox is then always a channel
 * @param electronicChannels the channels consented to; empty without consent
 * @param domicileAbroad the party has no domicile in the People's Republic of China (CPL Art. 283, 285, 286)
 * @param caseId the case in which it was confirmed
 */
public record AddressConfirmation(
        UUID id,
        String identification,
        @Nullable String account,
        String name,
        boolean electronicConsent,
        Set<ServiceChannel> electronicChannels,
        @Nullable EmailAddress email,
        @Nullable MobileNumber mobile,
        PostalAddress postal,
        boolean domicileAbroad,
        ConfirmationMethod method,
        String recordedBy,
        @Nullable UUID caseId,
        Instant confirmedAt) {

    public AddressConfirmation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postal, "postal");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        requireText(identification, "identification");
        requireText(name, "name");
        requireText(recordedBy, "recordedBy");
        electronicChannels = electronicChannels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(electronicChannels));
        if (electronicChannels.stream().anyMatch(channel -> !channel.isElectronic())) {
            throw new IllegalArgumentException("Only electronic channels need consent");
        }
        if (!electronicConsent && !electronicChannels.isEmpty()) {
            throw new IllegalArgumentException("Electronic channels need consent to electronic service");
        }
        if (electronicConsent && electronicChannels.isEmpty()) {
            throw new IllegalArgumentException("Consent to electronic service names at least one channel");
        }
        if (electronicChannels.contains(ServiceChannel.EMAIL) && email == null) {
            throw new IllegalArgumentException("Service by e-mail needs the e-mail address");
        }
        if (electronicChannels.contains(ServiceChannel.SMS) && mobile == null) {
            throw new IllegalArgumentException("Service by text message needs the mobile number");
        }
        if (electronicChannels.contains(ServiceChannel.INBOX) && account == null) {
            throw new IllegalArgumentException("Service to the platform inbox needs an account");
        }
    }

    /**
     * A confirmation as a party or clerk fills the form: with consent, the platform inbox is added whenever the party
     * has an account (the platform account is always an address for service, 在线诉讼规则 Art. 29 ¶1).
     */
    public static AddressConfirmation of(
            String identification,
            @Nullable String account,
            String name,
            boolean electronicConsent,
            Set<ServiceChannel> chosen,
            @Nullable EmailAddress email,
            @Nullable MobileNumber mobile,
            PostalAddress postal,
            boolean domicileAbroad,
            ConfirmationMethod method,
            String recordedBy,
            @Nullable UUID caseId,
            Instant confirmedAt) {
        var channels = EnumSet.noneOf(ServiceChannel.class);
        if (electronicConsent) {
            channels.addAll(chosen);
            channels.remove(ServiceChannel.INBOX);
            if (account != null) {
                channels.add(ServiceChannel.INBOX);
            }
        }
        return new AddressConfirmation(
                UUID.randomUUID(),
                identification,
                account,
                name,
                electronicConsent,
                channels,
                email,
                mobile,
                postal,
                domicileAbroad,
                method,
                recordedBy,
                caseId,
                confirmedAt);
    }

    /** The address of a channel consented to, or empty when it is not one. */
    public java.util.Optional<String> addressOf(ServiceChannel channel) {
        if (!electronicChannels.contains(channel)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(
                switch (channel) {
                    case INBOX -> account;
                    case EMAIL -> email == null ? null : email.value();
                    case SMS -> mobile == null ? null : mobile.value();
                    default -> null;
                });
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An address confirmation needs the " + name);
        }
    }
}
