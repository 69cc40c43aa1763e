package org.smartcourt.filing.domain;

/** A draft is being written until it is submitted; a submitted draft never changes again. */
public enum DraftStatus {
    DRAFT,
    SUBMITTED
}
