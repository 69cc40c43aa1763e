package org.smartcourt.publication.domain;

/** Where an effective document stands in the publication queue. */
public enum ItemStatus {
    /** Waiting for a clerk to review the anonymised text. */
    AWAITING_REVIEW,
    /** Approved and on the public portal. */
    PUBLISHED,
    /** Excluded under Art. 4: only the notice of Art. 6 is published (or nothing, for a withheld state secret). */
    EXCLUDED
}
