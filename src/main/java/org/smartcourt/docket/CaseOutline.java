package org.smartcourt.docket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;

/**
 * What other modules may read of a case to write to its filer or to act on its documents: who filed, where, who the
 * parties are, when a correction was requested, what is to be corrected, and which cases it is the appeal of or was
 * appealed to.
 *
 * @param filer the username of the person who filed
 * @param representatives the lawyers acting for the parties
 * @param defects the defects the court asked to correct (在线诉讼规则 Art. 9(2)); empty when none was asked for
 * @param number the case number, from registration on; null before
 * @param typeCode the case-type code (类型代字), e.g. {@code 民初}
 * @param cause the cause of action (案由)
 * @param appealOf the first-instance case when this case is its appeal; null otherwise
 * @param appeals the appeal cases opened against this case (CPL Art. 171)
 */
public record CaseOutline(
        CaseId caseId,
        CourtCode court,
        String filer,
        Instant filedAt,
        List<Party> parties,
        List<Representative> representatives,
        List<String> defects,
        @Nullable CaseNumber number,
        String typeCode,
        @Nullable CauseOfAction cause,
        @Nullable CaseId appealOf,
        List<CaseId> appeals) {

    public CaseOutline {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(filer, "filer");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(typeCode, "typeCode");
        parties = List.copyOf(parties);
        representatives = List.copyOf(representatives);
        defects = List.copyOf(defects);
        appeals = List.copyOf(appeals);
    }

    /** An outline of an unregistered case of unknown type, without links: for tests of the parties' rights. */
    public CaseOutline(
            CaseId caseId,
            CourtCode court,
            String filer,
            Instant filedAt,
            List<Party> parties,
            List<Representative> representatives,
            List<String> defects) {
        this(caseId, court, filer, filedAt, parties, representatives, defects, null, "", null, null, List.of());
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
