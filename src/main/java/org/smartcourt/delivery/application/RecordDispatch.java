package org.smartcourt.delivery.application;

import java.util.UUID;
import org.smartcourt.delivery.domain.AddressBook;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.ServiceChannel;
import org.smartcourt.delivery.domain.Services;
import org.smartcourt.notifications.Dispatch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a channel answered; when every channel refused, the clerk gets a postal task (法院专递) to the address the
 * recipient confirmed, if any; and the service takes effect if the answer makes it so.
 */
@Component
class RecordDispatch {

    private final Services services;
    private final AddressBook addresses;
    private final Settlement settlement;

    RecordDispatch(Services services, AddressBook addresses, Settlement settlement) {
        this.services = services;
        this.addresses = addresses;
        this.settlement = settlement;
    }

    @Transactional
    public void dispatched(UUID id, ServiceChannel channel, Dispatch dispatch) {
        var service = services.lock(id).orElseThrow();
        service.dispatched(channel, dispatch.accepted(), dispatch.at(), dispatch.reference(), dispatch.failure());
        if (service.needsPostalFallback()) {
            openPostalTask(service, dispatch);
        }
        settlement.settle(service);
        services.update(service);
    }

    private void openPostalTask(Service service, Dispatch dispatch) {
        var confirmation = service.confirmationId() == null
                ? java.util.Optional.<org.smartcourt.delivery.domain.AddressConfirmation>empty()
                : addresses.find(service.confirmationId());
        service.openPostalTask(
                confirmation.map(found -> found.postal()).orElse(null), confirmation.isPresent(), dispatch.at());
    }
}
