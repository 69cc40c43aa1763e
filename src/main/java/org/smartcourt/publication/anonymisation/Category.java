package org.smartcourt.publication.anonymisation;

/** What kind of information a redaction removes (法释〔2016〕19号 Art. 8–10). */
public enum Category {
    PERSON,
    ORGANISATION,
    ID_NUMBER,
    PHONE,
    BANK_CARD,
    PLATE,
    EMAIL,
    PROPERTY_CERTIFICATE,
    ADDRESS
}
