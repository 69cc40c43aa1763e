package org.smartcourt.judgments.domain;

/** Where a decision stands as to its legal effect. */
public enum DecisionStatus {
    /** Issued and served; its appeal period runs. */
    AWAITING_EFFECT,
    /** In legal effect (CPL Art. 158, 182). */
    EFFECTIVE,
    /** Appealed: it does not take effect; the second instance will conclude it. */
    APPEALED,
    /** Appealed and concluded by the second instance's effective decision (法释〔2016〕19号 Art. 7). */
    CONCLUDED_ON_APPEAL
}
