package org.smartcourt.docket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.smartcourt.shared.CourtCode;

/**
 * What other modules may read of a case to write to its filer: who filed, where, who the parties are and, when a
 * correction was requested, what is to be corrected.
 *
 * @param filer the username of the person who filed
 * @param representatives the lawyers acting for the parties
 * @param defects the defects the court asked to correct (在线诉讼规则 Art. 9(2)); empty when none was asked for
 */
public record CaseOutline(
        CaseId caseId,
        CourtCode court,
        String filer,
        Instant filedAt,
        List<Party> parties,
        List<Representative> representatives,
        List<String> defects) {

    public CaseOutline {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(filer, "filer");
        Objects.requireNonNull(filedAt, "filedAt");
        parties = List.copyOf(parties);
        representatives = List.copyOf(representatives);
        defects = List.copyOf(defects);
    }

    /** Whether the user filed the case, is a party with a linked account, or is a party's lawyer. */
    public boolean involves(String username) {
        return filer.equals(username)
                || parties.stream().anyMatch(party -> username.equals(party.account()))
                || representatives.stream()
                        .anyMatch(representative -> representative.lawyer().equals(username));
    }

    /** Whether the user filed the case, is a plaintiff, or is a plaintiff's lawyer. */
    public boolean actsForPlaintiff(String username) {
        var plaintiffs = parties.stream()
                .filter(party -> party.role() == PartyRole.PLAINTIFF)
                .toList();
        return filer.equals(username)
                || plaintiffs.stream().anyMatch(party -> username.equals(party.account()))
                || representatives.stream()
                        .filter(representative -> representative.lawyer().equals(username))
                        .anyMatch(representative -> plaintiffs.stream()
                                .anyMatch(party -> party.identification().equals(representative.forParty())));
    }

    /** The names of the parties in this role, in filing order. */
    public List<String> namesOf(PartyRole role) {
        return parties.stream()
                .filter(party -> party.role() == role)
                .map(Party::name)
                .toList();
    }
}
