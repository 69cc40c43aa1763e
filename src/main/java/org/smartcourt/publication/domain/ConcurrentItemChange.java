package org.smartcourt.publication.domain;

/** Another reviewer changed the item since it was loaded. */
public class ConcurrentItemChange extends RuntimeException {

    public ConcurrentItemChange() {
        super("The item changed meanwhile", null, false, false);
    }
}
