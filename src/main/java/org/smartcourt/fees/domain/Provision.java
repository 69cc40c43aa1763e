package org.smartcourt.fees.domain;

/** Rules of the Measures and the SPC interpretation that change how a fee is computed rather than fixing an amount. */
public enum Provision {
    MEDIATION,
    WITHDRAWAL,
    SUMMARY_PROCEDURE,
    COUNTERCLAIM,
    THIRD_PARTY_CLAIM,
    SINGLE_HALVING,
    CLAIMS_ADDED,
    APPEAL_AMOUNT,
    RETRIAL_AMOUNT,
    CLAIM_INCREASED,
    CLAIM_REDUCED_BEFORE_INVESTIGATION_ENDED,
    CLAIM_REDUCED_AFTER_INVESTIGATION_ENDED,
    CONVERSION_TOP_UP_MISSED
}
