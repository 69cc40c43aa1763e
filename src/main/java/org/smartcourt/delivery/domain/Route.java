package org.smartcourt.delivery.domain;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a document is to reach one recipient: the electronic channels with their addresses, and whether a postal task is
 * opened as well.
 *
 * @param postalAddress where to post, when the recipient gave an address
 * @param confirmationId the address confirmation the route follows, if any
 */
public record Route(
        List<PlannedChannel> channels,
        ConsentBasis consent,
        boolean postal,
        @Nullable PostalAddress postalAddress,
        boolean domicileAbroad,
        @Nullable UUID confirmationId) {

    /** One electronic channel to use, and whether its address was provided or confirmed by the recipient. */
    public record PlannedChannel(ServiceChannel channel, String address, boolean confirmed) {}

    public Route {
        channels = List.copyOf(channels);
    }
}
