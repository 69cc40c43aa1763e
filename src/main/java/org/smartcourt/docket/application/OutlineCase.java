package org.smartcourt.docket.application;

import java.util.List;
import java.util.Optional;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.domain.CaseLink;
import org.smartcourt.docket.domain.CourtCases;
import org.smartcourt.docket.domain.Defect;
import org.smartcourt.docket.domain.LinkKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case's outline for another module that writes to its filer (the inbox) or acts on its documents (their
 * legal effect, their publication). Not audited here: no person reads; the modules that show case data to a person
 * audit that read themselves.
 */
@Component
class OutlineCase {

    private final CourtCases cases;

    OutlineCase(CourtCases cases) {
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    Optional<CaseOutline> outline(CaseId id) {
        return cases.find(id).map(courtCase -> {
            var correction = courtCase.correction();
            List<String> defects = correction == null
                    ? List.of()
                    : correction.defects().stream().map(Defect::message).toList();
            return new CaseOutline(
                    courtCase.id(),
                    courtCase.court(),
                    courtCase.filer(),
                    courtCase.filedAt(),
                    courtCase.parties(),
                    courtCase.representatives(),
                    defects,
                    courtCase.number(),
                    courtCase.type().value(),
                    courtCase.cause(),
                    courtCase.links().stream()
                            .filter(link ->
                                    link.kind() == LinkKind.APPEAL && link.direction() == CaseLink.Direction.BEFORE)
                            .map(CaseLink::other)
                            .findFirst()
                            .orElse(null),
                    courtCase.links().stream()
                            .filter(link ->
                                    link.kind() == LinkKind.APPEAL && link.direction() == CaseLink.Direction.AFTER)
                            .map(CaseLink::other)
                            .toList());
        });
    }
}
