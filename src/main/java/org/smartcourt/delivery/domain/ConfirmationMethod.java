package org.smartcourt.delivery.domain;

/** How a party's service address was confirmed (在线诉讼规则 Art. 30). */
public enum ConfirmationMethod {
    /** The party confirmed it online on the platform. */
    ONLINE_BY_PARTY,
    /** A clerk entered it from the party's signed paper form (送达地址确认书). */
    CLERK_FROM_PAPER
}
