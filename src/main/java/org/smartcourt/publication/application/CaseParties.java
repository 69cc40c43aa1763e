package org.smartcourt.publication.application;

import java.util.List;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.publication.anonymisation.Party;
import org.smartcourt.publication.anonymisation.Role;
import org.springframework.stereotype.Component;

/** The people and organisations the case record knows, as the anonymiser's stage (a) replaces them literally. */
@Component
class CaseParties {

    private final Docket docket;

    CaseParties(Docket docket) {
        this.docket = docket;
    }

    List<Party> of(CaseId caseId) {
        return docket.outline(caseId)
                .map(outline -> outline.parties().stream()
                        .map(party -> new Party(party.name(), role(party.role())))
                        .toList())
                .orElse(List.of());
    }

    private static Role role(PartyRole role) {
        return switch (role) {
            case PLAINTIFF -> Role.PLAINTIFF;
            case DEFENDANT -> Role.DEFENDANT;
            case THIRD_PARTY -> Role.THIRD_PARTY;
        };
    }
}
