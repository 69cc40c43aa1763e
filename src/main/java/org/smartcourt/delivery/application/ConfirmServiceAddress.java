package org.smartcourt.delivery.application;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.domain.AddressBook;
import org.smartcourt.delivery.domain.AddressConfirmation;
import org.smartcourt.delivery.domain.ConfirmationMethod;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.Party;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a party's service address confirmation (送达地址确认书, 民诉解释 Art. 136; 在线诉讼规则 Art. 30): online by the
 * party (or its lawyer), or entered by a clerk of the court from the signed paper form. It is kept for the person, so
 * the appeal, retrial and enforcement use it until it is changed (民诉解释 Art. 137); a change adds a confirmation.
 */
@Component
public class ConfirmServiceAddress {

    static final String ACTION = "delivery.address.confirmed";

    private final AddressBook addresses;
    private final DeliveryAccess access;
    private final Clock clock;

    ConfirmServiceAddress(AddressBook addresses, DeliveryAccess access, Clock clock) {
        this.addresses = addresses;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Staff of the case's court enter the named party's form (from paper); anyone else confirms their own party's.
     */
    @Transactional
    public AddressConfirmation confirm(
            UUID caseId, String username, @Nullable String partyReference, AddressForm form) {
        var outline = access.outline(caseId);
        if (partyReference != null && access.isStaffAt(username, outline.court())) {
            return byClerk(caseId, partyReference, username, form);
        }
        return byParty(caseId, username, partyReference, form);
    }

    /** @param partyReference which of the user's parties, when the user acts for several (a lawyer) */
    @Transactional
    public AddressConfirmation byParty(
            UUID caseId, String username, @Nullable String partyReference, AddressForm form) {
        var outline = access.outline(caseId);
        var candidates = access.partiesOf(username, outline);
        if (candidates.isEmpty()) {
            access.denied(username, ACTION, caseId.toString());
            throw DeliveryProblem.notAParty();
        }
        var party = partyReference == null && candidates.size() == 1
                ? candidates.get(0)
                : candidates.stream()
                        .filter(candidate -> PartyReference.of(caseId, candidate.identification())
                                .equals(partyReference))
                        .findFirst()
                        .orElseThrow(() -> DeliveryProblem.unknownParty(String.valueOf(partyReference)));
        return record(outline, party, form, ConfirmationMethod.ONLINE_BY_PARTY, username);
    }

    @Transactional
    public AddressConfirmation byClerk(UUID caseId, String partyReference, String username, AddressForm form) {
        var outline = access.outline(caseId);
        access.staffAt(username, outline.court(), ACTION, caseId.toString());
        var party = outline.parties().stream()
                .filter(candidate ->
                        PartyReference.of(caseId, candidate.identification()).equals(partyReference))
                .findFirst()
                .orElseThrow(() -> DeliveryProblem.unknownParty(partyReference));
        return record(outline, party, form, ConfirmationMethod.CLERK_FROM_PAPER, username);
    }

    private AddressConfirmation record(
            CaseOutline outline, Party party, AddressForm form, ConfirmationMethod method, String username) {
        var problems = form.problems(party.account() != null);
        if (!problems.isEmpty()) {
            throw new AddressRejected(problems);
        }
        var confirmation = AddressConfirmation.of(
                party.identification(),
                party.account(),
                party.name(),
                form.consent(),
                form.channels(),
                form.emailAddress(),
                form.mobileNumber(),
                form.postal(),
                form.abroad(),
                method,
                username,
                outline.caseId().value(),
                clock.instant());
        addresses.add(confirmation);
        access.recorded(
                username,
                ACTION,
                outline.caseId().toString(),
                "method",
                method.name(),
                "consent",
                Boolean.toString(form.consent()));
        return confirmation;
    }
}
