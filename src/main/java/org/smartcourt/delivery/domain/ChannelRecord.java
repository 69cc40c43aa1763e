package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The service record of one recipient on one electronic channel: where it went, whether the address was provided or
 * confirmed by the recipient (which decides when service takes effect, 在线诉讼规则 Art. 31), and what the channel
 * answered.
 *
 * @param accessToken the secret in the link the message carries, so that opening it is attributed to this channel
 * @param at when the channel accepted or refused the message
 * @param reference the channel's own identifier of the message
 * @param failure why the channel refused, in the operator's words
 */
public record ChannelRecord(
        ServiceChannel channel,
        String address,
        boolean addressConfirmed,
        String accessToken,
        DispatchStatus status,
        @Nullable Instant at,
        @Nullable String reference,
        @Nullable String failure) {

    public ChannelRecord {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        if (!channel.isElectronic()) {
            throw new IllegalArgumentException("A channel record is for an electronic channel");
        }
        if (address == null || address.isBlank() || accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("A channel record needs an address and an access token");
        }
        if (status != DispatchStatus.QUEUED && at == null) {
            throw new IllegalArgumentException("A dispatched message has a time");
        }
    }

    public static ChannelRecord queued(ServiceChannel channel, String address, boolean confirmed, String token) {
        return new ChannelRecord(channel, address, confirmed, token, DispatchStatus.QUEUED, null, null, null);
    }

    ChannelRecord accepted(Instant at, @Nullable String reference) {
        return new ChannelRecord(
                channel, address, addressConfirmed, accessToken, DispatchStatus.ACCEPTED, at, reference, null);
    }

    ChannelRecord refused(Instant at, String failure) {
        return new ChannelRecord(
                channel, address, addressConfirmed, accessToken, DispatchStatus.REFUSED, at, null, failure);
    }
}
