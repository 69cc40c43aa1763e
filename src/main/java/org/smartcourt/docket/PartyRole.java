package org.smartcourt.docket;

/** A party's standing in a case. */
public enum PartyRole {
    /** 原告 (also the appellant or applicant in later cases). */
    PLAINTIFF,
    /** 被告. */
    DEFENDANT,
    /** 第三人. */
    THIRD_PARTY
}
