package org.smartcourt.docket;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.shared.CourtCode;

/**
 * What a filing submits to open a case, or to replace the particulars after a request for correction.
 *
 * @param court the court the case is filed at
 * @param type the case-type code the case will be numbered under ({@code 民初})
 * @param procedure the procedure asked for
 * @param cause the cause of action
 * @param amount the amount in dispute (zero without a money claim)
 * @param parties at least one plaintiff and one defendant, each identification once
 * @param representatives the lawyers, each acting for one of the parties
 * @param filer the username of the person who files (a party or a lawyer)
 */
public record NewCase(
        CourtCode court,
        CaseTypeCode type,
        Procedure procedure,
        CauseOfAction cause,
        AmountInDispute amount,
        List<Party> parties,
        List<Representative> representatives,
        String filer) {

    public NewCase {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(amount, "amount");
        parties = List.copyOf(parties);
        representatives = List.copyOf(representatives);
        if (filer == null || filer.isBlank()) {
            throw new IllegalArgumentException("A case needs its filer");
        }
        // CPL Art. 122: a suit needs a plaintiff and a clearly identified defendant.
        if (parties.stream().noneMatch(party -> party.role() == PartyRole.PLAINTIFF)
                || parties.stream().noneMatch(party -> party.role() == PartyRole.DEFENDANT)) {
            throw new IllegalArgumentException("A case needs a plaintiff and a defendant");
        }
        var identifications = new HashSet<String>();
        for (var party : parties) {
            if (!identifications.add(party.identification())) {
                throw new IllegalArgumentException("A party appears twice: " + party.name());
            }
        }
        for (var representative : representatives) {
            if (!identifications.contains(representative.forParty())) {
                throw new IllegalArgumentException("A representative acts for no party of the case");
            }
        }
    }
}
