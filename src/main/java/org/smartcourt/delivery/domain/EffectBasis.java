package org.smartcourt.delivery.domain;

/** Why service took effect when it did; each names the rule applied. */
public enum EffectBasis {
    /** 在线诉讼规则 Art. 31 ¶1, CPL Art. 90 ¶2, 民诉解释 Art. 135: reached the system of an address the addressee gave. */
    ARRIVED_AT_CONFIRMED_ADDRESS,
    /** 在线诉讼规则 Art. 31 ¶2(1): the addressee replied that they received it. */
    REPLIED,
    /** 在线诉讼规则 Art. 31 ¶2(2): the system reports it read. */
    OPENED,
    /** 在线诉讼规则 Art. 31 ¶2(2): the addressee downloaded it. */
    DOWNLOADED,
    /** CPL Art. 91: the date of receipt on the postal return receipt. */
    POSTAL_RECEIPT,
    /** 法院专递规定 Art. 11: returned through the addressee's own doing; the day of return is the day of service. */
    POSTAL_RETURN,
    /** CPL Art. 95: 30 days after the public notice was issued. */
    PUBLIC_NOTICE,
    /** CPL Art. 283 ¶2: 60 days after the public notice was issued, for a party with no domicile in China. */
    PUBLIC_NOTICE_ABROAD
}
