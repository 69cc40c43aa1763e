package org.smartcourt.docket;

/** Whether a party is a person or an organisation. */
public enum PartyKind {
    /** 自然人. */
    NATURAL_PERSON,
    /** 法人及其他组织. */
    LEGAL_PERSON
}
