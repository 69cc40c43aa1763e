package org.smartcourt.docket.domain;

import java.util.Optional;

/**
 * Who may see a case and its timeline, and who may decide on it. The checks run in the order listed in {@link Basis};
 * the first that holds is the basis of access. Everyone else is denied.
 */
public class CaseAccessPolicy {

    /** Why someone may see a case. */
    public enum Basis {
        /** The person who filed it. */
        FILER,
        /** A party with a linked account. */
        PARTY,
        /** A lawyer representing a party. */
        REPRESENTATIVE,
        /** The judge assigned to it. */
        ASSIGNED_JUDGE,
        /** A clerk, judge or president of the case's court. */
        COURT_STAFF
    }

    private final CourtStaff staff;

    public CaseAccessPolicy(CourtStaff staff) {
        this.staff = staff;
    }

    /** The basis on which the user may see the case, or empty when the user may not. */
    public Optional<Basis> viewingBasis(String username, CourtCase courtCase) {
        if (courtCase.filer().equals(username)) {
            return Optional.of(Basis.FILER);
        }
        if (courtCase.isPartyAccount(username)) {
            return Optional.of(Basis.PARTY);
        }
        if (courtCase.isRepresentative(username)) {
            return Optional.of(Basis.REPRESENTATIVE);
        }
        var judge = courtCase.judge();
        if (judge != null && judge.judge().equals(username)) {
            return Optional.of(Basis.ASSIGNED_JUDGE);
        }
        if (staff.isStaffOf(username, courtCase.court(), StaffRole.CLERK, StaffRole.JUDGE, StaffRole.PRESIDENT)) {
            return Optional.of(Basis.COURT_STAFF);
        }
        return Optional.empty();
    }

    /** Registration decisions (立案审查) are taken by the court's clerks or its president. */
    public boolean mayDecideRegistration(String username, CourtCase courtCase) {
        return staff.isStaffOf(username, courtCase.court(), StaffRole.CLERK, StaffRole.PRESIDENT);
    }

    /** The filer, a plaintiff or a plaintiff's lawyer may withdraw (CPL Art. 148: the plaintiff applies). */
    public boolean mayWithdraw(String username, CourtCase courtCase) {
        return courtCase.filer().equals(username) || courtCase.actsForPlaintiff(username);
    }

    /** Any party or lawyer of the case, or the filer, may open the appeal or apply for enforcement. */
    public boolean mayOpenFollowUp(String username, CourtCase courtCase) {
        return courtCase.involves(username);
    }
}
