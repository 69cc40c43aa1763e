package org.smartcourt.guidance.domain;

/** How the case-acceptance fee of a case type is charged (诉讼费用交纳办法 Art. 13). */
public enum FeeKind {
    /** On the amount claimed, by the property schedule (Art. 13(1)). */
    PROPERTY,
    /** Per case, plus a share of the property to divide above 200,000 yuan (Art. 13(2)). */
    DIVORCE,
    /** A fixed fee per case (Art. 13(4)). */
    LABOUR
}
