package org.smartcourt.delivery.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartcourt.delivery.domain.AddressBook;
import org.smartcourt.delivery.domain.AddressConfirmation;
import org.smartcourt.docket.Party;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The service addresses of a case's parties: all of them to the court's staff, its own to a party. Reads are audited. */
@Component
public class ShowServiceAddresses {

    /** A party, how the API names it, and its current confirmation with the earlier ones. */
    public record PartyAddresses(
            String reference, Party party, Optional<AddressConfirmation> current, List<AddressConfirmation> history) {}

    static final String ACTION = "delivery.address.read";

    private final AddressBook addresses;
    private final DeliveryAccess access;

    ShowServiceAddresses(AddressBook addresses, DeliveryAccess access) {
        this.addresses = addresses;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<PartyAddresses> of(UUID caseId, String username) {
        var outline = access.outline(caseId);
        List<Party> parties;
        if (access.isStaffAt(username, outline.court())) {
            parties = outline.parties();
        } else {
            parties = access.partiesOf(username, outline);
            if (parties.isEmpty()) {
                access.denied(username, ACTION, caseId.toString());
                throw DeliveryProblem.notAParty();
            }
        }
        access.recorded(username, ACTION, caseId.toString(), "parties", Integer.toString(parties.size()));
        return parties.stream()
                .map(party -> {
                    var history = addresses.history(party.identification());
                    return new PartyAddresses(
                            PartyReference.of(caseId, party.identification()),
                            party,
                            history.stream().findFirst(),
                            history);
                })
                .toList();
    }
}
