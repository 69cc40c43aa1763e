package org.smartcourt.delivery.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The service address confirmations of every person, kept with their history. */
public interface AddressBook {

    void add(AddressConfirmation confirmation);

    /** The latest confirmation of the person with this identification number. */
    Optional<AddressConfirmation> current(String identification);

    Optional<AddressConfirmation> find(UUID id);

    /** Every confirmation of the person, the latest first. */
    List<AddressConfirmation> history(String identification);
}
