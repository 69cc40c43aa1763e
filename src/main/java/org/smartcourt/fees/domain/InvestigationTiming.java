package org.smartcourt.fees.domain;

/** Whether a claim changed before or after the end of the court investigation (法庭调查终结), Art. 21 and 35. */
public enum InvestigationTiming {
    BEFORE_END_OF_INVESTIGATION,
    AFTER_END_OF_INVESTIGATION
}
