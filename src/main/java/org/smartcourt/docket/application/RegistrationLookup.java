package org.smartcourt.docket.application;

import java.util.Optional;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CaseRegistered;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Registrations;
import org.smartcourt.docket.domain.CourtCases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's registration from the case itself; like {@link OutlineCase}, for modules, not audited. */
@Component
class RegistrationLookup implements Registrations {

    private final CourtCases cases;

    RegistrationLookup(CourtCases cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseRegistered> of(CaseId caseId) {
        return cases.find(caseId).flatMap(courtCase -> {
            var number = courtCase.number();
            var registeredAt = courtCase.registeredAt();
            if (number == null || registeredAt == null) {
                return Optional.empty();
            }
            return Optional.of(new CaseRegistered(
                    courtCase.id(),
                    number,
                    courtCase.court(),
                    courtCase.procedure(),
                    courtCase.cause(),
                    courtCase.amount(),
                    courtCase.parties().stream()
                            .filter(party -> party.role() == PartyRole.PLAINTIFF)
                            .map(party -> party.name())
                            .toList(),
                    courtCase.parties().stream()
                            .filter(party -> party.role() == PartyRole.DEFENDANT)
                            .map(party -> party.name())
                            .toList(),
                    registeredAt));
        });
    }
}
