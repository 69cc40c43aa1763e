package org.smartcourt.filing.domain;

/** One option of a {@link FieldType#CHOICE} element. */
public record Choice(String value, Label label) {}
