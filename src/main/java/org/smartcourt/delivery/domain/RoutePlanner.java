package org.smartcourt.delivery.domain;

import java.util.ArrayList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the channels for one recipient from its service address confirmation, its account and how it came to the
 * case. Electronic service needs consent (CPL Art. 90; 在线诉讼规则 Art. 29); without it, the platform still notifies the
 * party (在线诉讼规则 Art. 32), service then takes effect only when the party acts on it (Art. 31 ¶2), and the clerk posts
 * the document (法院专递).
 */
public final class RoutePlanner {

    private RoutePlanner() {}

    /**
     * @param onlineFiler the recipient filed the case itself, online through this account
     * @param profileEmail the e-mail address on the recipient's account, not confirmed for service
     */
    public static Route plan(
            Recipient recipient,
            Optional<AddressConfirmation> confirmation,
            boolean onlineFiler,
            @Nullable EmailAddress profileEmail) {
        var account = recipient.account();
        if (confirmation.isPresent()) {
            var confirmed = confirmation.get();
            var abroad = confirmed.domicileAbroad() || recipient.domicileAbroad();
            var channels = new ArrayList<Route.PlannedChannel>();
            if (confirmed.electronicConsent()) {
                // 民诉解释 Art. 136: consent and addresses as confirmed; the inbox of the party's account always.
                for (var channel : confirmed.electronicChannels()) {
                    confirmed
                            .addressOf(channel)
                            .ifPresent(address -> channels.add(new Route.PlannedChannel(channel, address, true)));
                }
                if (account != null && !confirmed.electronicChannels().contains(ServiceChannel.INBOX)) {
                    channels.add(new Route.PlannedChannel(ServiceChannel.INBOX, account, false));
                }
                return new Route(
                        sorted(channels), ConsentBasis.CONFIRMED, false, confirmed.postal(), abroad, confirmed.id());
            }
            // No consent: a notice in the inbox (Art. 32) and the post to the address the party confirmed.
            if (account != null) {
                channels.add(new Route.PlannedChannel(ServiceChannel.INBOX, account, false));
            }
            return new Route(channels, ConsentBasis.NONE, true, confirmed.postal(), abroad, confirmed.id());
        }
        if (account != null && onlineFiler) {
            // 在线诉讼规则 Art. 29 ¶2(3): filing online, the party provided its platform account for service.
            return new Route(
                    java.util.List.of(new Route.PlannedChannel(ServiceChannel.INBOX, account, true)),
                    ConsentBasis.ONLINE_FILING,
                    false,
                    null,
                    recipient.domicileAbroad(),
                    null);
        }
        var channels = new ArrayList<Route.PlannedChannel>();
        if (account != null) {
            // 在线诉讼规则 Art. 31 ¶2: addresses known to be the party's own, effective once the party acts on them.
            channels.add(new Route.PlannedChannel(ServiceChannel.INBOX, account, false));
            if (profileEmail != null) {
                channels.add(new Route.PlannedChannel(ServiceChannel.EMAIL, profileEmail.value(), false));
            }
        }
        return new Route(channels, ConsentBasis.NONE, true, null, recipient.domicileAbroad(), null);
    }

    private static java.util.List<Route.PlannedChannel> sorted(java.util.List<Route.PlannedChannel> channels) {
        return channels.stream()
                .sorted(java.util.Comparator.comparing(Route.PlannedChannel::channel))
                .toList();
    }
}
