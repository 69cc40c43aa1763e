package org.smartcourt.identity.domain;

/** Whether an account belongs to a natural person (自然人) or a legal person (法人). */
public enum AccountKind {
    NATURAL_PERSON,
    LEGAL_PERSON
}
