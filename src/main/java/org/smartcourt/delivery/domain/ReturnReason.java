package org.smartcourt.delivery.domain;

/** Why the post office returned a 法院专递 letter (法院专递规定 Art. 6, 8, 11). */
public enum ReturnReason {
    /** The address given or confirmed was wrong. */
    ADDRESS_INACCURATE,
    /** The addressee or their designated receiver refused to sign. */
    REFUSED,
    /** The addressee moved without telling the court. */
    MOVED_WITHOUT_NOTICE,
    /** Nobody was found after three attempts in five days and the addressee could not be reached. */
    NOT_FOUND,
    OTHER;

    /**
     * 法院专递规定 Art. 11: when the letter did not reach the addressee through their own doing (an inaccurate address
     * they gave or confirmed, a change of address not notified, or a refusal to sign), the day of return is the day
     * of service.
     */
    boolean isAddresseesDoing(boolean addressConfirmedByAddressee) {
        return switch (this) {
            case REFUSED -> true;
            case ADDRESS_INACCURATE, MOVED_WITHOUT_NOTICE -> addressConfirmedByAddressee;
            case NOT_FOUND, OTHER -> false;
        };
    }
}
