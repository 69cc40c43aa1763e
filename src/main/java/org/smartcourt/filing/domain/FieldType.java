package org.smartcourt.filing.domain;

/** What kind of value a fact element takes; answers arrive as text and are read by their type. */
public enum FieldType {
    /** An ISO date, {@code 2026-03-01}. */
    DATE,
    /** Yuan, zero or more, with at most two decimals. */
    MONEY,
    /** A percentage from 0 to 100, e.g. an annual interest rate. */
    PERCENT,
    /** Free text. */
    TEXT,
    /** One of the field's options. */
    CHOICE,
    /** {@code true} or {@code false}. */
    BOOLEAN
}
