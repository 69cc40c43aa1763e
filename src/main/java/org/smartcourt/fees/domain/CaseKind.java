package org.smartcourt.fees.domain;

/** What a case-acceptance fee (案件受理费) is charged for, as Art. 8 and 13 sort cases. */
public enum CaseKind {
    /** A civil case: by the property schedule if any claim has an amount (SPC Interpretation Art. 201), else per case. */
    CIVIL,
    DIVORCE,
    PERSONALITY_RIGHTS,
    INTELLECTUAL_PROPERTY,
    LABOUR,
    ADMINISTRATIVE_TRADEMARK_PATENT_MARITIME,
    ADMINISTRATIVE_OTHER,
    ADMINISTRATIVE_COMPENSATION,
    SPECIAL_PROCEDURE,
    JURISDICTION_OBJECTION_REJECTED
}
