package org.smartcourt.delivery.domain;

/** On what ground the court takes the addressee to consent to electronic service (在线诉讼规则 Art. 29). */
public enum ConsentBasis {
    /** Confirmed in the service address confirmation (民诉解释 Art. 136; 在线诉讼规则 Art. 29 ¶2(1)). */
    CONFIRMED,
    /**
     * The party filed online through its own platform account, which it thereby provided as an address (在线诉讼规则
     * Art. 29 ¶2(3)); only that account's inbox counts as confirmed.
     */
    ONLINE_FILING,
    /** No consent: electronic messages take effect only when the addressee acts on them (在线诉讼规则 Art. 31 ¶2). */
    NONE
}
