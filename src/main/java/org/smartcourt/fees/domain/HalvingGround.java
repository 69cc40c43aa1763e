package org.smartcourt.fees.domain;

/** Grounds on which the case-acceptance fee is halved; several grounds still halve only once (SPC Interp. Art. 206). */
public enum HalvingGround {
    MEDIATION(Provision.MEDIATION),
    WITHDRAWAL(Provision.WITHDRAWAL),
    SUMMARY_PROCEDURE(Provision.SUMMARY_PROCEDURE),
    COUNTERCLAIM(Provision.COUNTERCLAIM),
    THIRD_PARTY_CLAIM(Provision.THIRD_PARTY_CLAIM);

    private final Provision provision;

    HalvingGround(Provision provision) {
        this.provision = provision;
    }

    public Provision provision() {
        return provision;
    }
}
