package org.smartcourt.fees.domain;

/** The instance a case-acceptance fee is charged for (Art. 7). */
public enum Stage {
    FIRST_INSTANCE,
    /** Fee on the amount of the appeal request (Art. 17). */
    APPEAL,
    /** Appeal against a ruling of non-acceptance, dismissal or on jurisdiction: no fee (Art. 8(3)). */
    APPEAL_AGAINST_PROCEDURAL_RULING,
    /** Retrial on new evidence or after an unappealed decision: fee on the disputed part (Art. 9, 19). */
    RETRIAL_WITH_FEE,
    /** Any other retrial: no fee (Art. 9). */
    RETRIAL_WITHOUT_FEE
}
