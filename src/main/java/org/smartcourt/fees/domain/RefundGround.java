package org.smartcourt.fees.domain;

import java.util.List;

/** Why part or all of a paid case-acceptance fee goes back to the payer, with the articles that say so. */
public enum RefundGround {
    /** 撤诉: the fee is halved (Art. 15), never more than once (SPC Interp. Art. 206); the rest is refunded. */
    WITHDRAWAL(
            new LegalBasis(Act.MEASURES, 15, 0, 0, 0),
            new LegalBasis(Act.CPL_INTERPRETATION, 206, 0, 0, 0),
            new LegalBasis(Act.MEASURES, 53, 2, 0, 0)),
    /** 调解结案: the fee is halved (Art. 15), never more than once (SPC Interp. Art. 206). */
    MEDIATION(
            new LegalBasis(Act.MEASURES, 15, 0, 0, 0),
            new LegalBasis(Act.CPL_INTERPRETATION, 206, 0, 0, 0),
            new LegalBasis(Act.MEASURES, 53, 2, 0, 0)),
    /** 不予受理 / 驳回起诉: no acceptance fee (Art. 8(2)); what was paid is refunded (Art. 27 ¶2). */
    DISMISSAL(
            new LegalBasis(Act.MEASURES, 8, 0, 2, 0),
            new LegalBasis(Act.MEASURES, 27, 2, 0, 0),
            new LegalBasis(Act.MEASURES, 53, 2, 0, 0)),
    /** Claims reduced before the court investigation ended: the fee on the reduced amount is refunded (Art. 21(2)). */
    CLAIMS_REDUCED(new LegalBasis(Act.MEASURES, 21, 0, 2, 0), new LegalBasis(Act.MEASURES, 53, 2, 0, 0)),
    /** Case transferred to the criminal authorities and the civil case does not go on: refunded (Art. 25). */
    TRANSFERRED_TO_CRIMINAL(new LegalBasis(Act.MEASURES, 25, 0, 0, 0), new LegalBasis(Act.MEASURES, 53, 2, 0, 0)),
    /** Remanded for retrial (发回重审): the appellant's second-instance fee is refunded (Art. 27 ¶1). */
    REMANDED(new LegalBasis(Act.MEASURES, 27, 1, 0, 0), new LegalBasis(Act.MEASURES, 53, 2, 0, 0));

    private final List<LegalBasis> basis;

    RefundGround(LegalBasis... basis) {
        this.basis = List.of(basis);
    }

    public List<LegalBasis> basis() {
        return basis;
    }
}
