package org.smartcourt.publication.domain;

/** The item was already published or excluded; corrections and decisions no longer apply to it. */
public class ItemNotReviewable extends RuntimeException {

    private final ItemStatus status;

    public ItemNotReviewable(ItemStatus status) {
        super("The item is " + status, null, false, false);
        this.status = status;
    }

    public ItemStatus status() {
        return status;
    }
}
