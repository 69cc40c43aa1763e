package org.smartcourt.fees.persistence;

import java.util.List;
import java.util.UUID;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyKind;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.fees.application.CaseAccessCheck;
import org.springframework.stereotype.Component;

/** Asks the docket who is involved in a case; court staff are checked by the caller. */
@Component
class DocketCaseAccess implements CaseAccessCheck {

    private final Docket docket;

    DocketCaseAccess(Docket docket) {
        this.docket = docket;
    }

    @Override
    public boolean involves(UUID caseId, String username) {
        return docket.outline(new CaseId(caseId))
                .map(outline -> outline.involves(username))
                .orElse(false);
    }

    @Override
    public boolean actsForPlaintiff(UUID caseId, String username) {
        return docket.outline(new CaseId(caseId))
                .map(outline -> outline.actsForPlaintiff(username))
                .orElse(false);
    }

    @Override
    public List<Plaintiff> plaintiffsActedForBy(UUID caseId, String username) {
        var outline = docket.outline(new CaseId(caseId));
        if (outline.isEmpty() || !outline.get().actsForPlaintiff(username)) {
            return List.of();
        }
        var plaintiffs = outline.get().parties().stream()
                .filter(party -> party.role() == PartyRole.PLAINTIFF)
                .toList();
        var represented = outline.get().representatives().stream()
                .filter(representative -> representative.lawyer().equals(username))
                .map(representative -> representative.forParty())
                .toList();
        var own = plaintiffs.stream()
                .filter(party -> username.equals(party.account()) || represented.contains(party.identification()))
                .toList();
        // the filer who is neither a plaintiff nor a plaintiff's lawyer filed for all of them
        return (own.isEmpty() ? plaintiffs : own)
                .stream().map(DocketCaseAccess::plaintiff).toList();
    }

    private static Plaintiff plaintiff(Party party) {
        return new Plaintiff(party.name(), party.kind() == PartyKind.NATURAL_PERSON);
    }
}
