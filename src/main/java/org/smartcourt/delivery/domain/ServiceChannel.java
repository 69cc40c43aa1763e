package org.smartcourt.delivery.domain;

/** The ways a document reaches a party. */
public enum ServiceChannel {
    /** The party's inbox on the platform (诉讼平台专用账号). */
    INBOX,
    /** E-mail. */
    EMAIL,
    /** A text message with a link to the document (移动通信, 民诉解释 Art. 135). */
    SMS,
    /** 法院专递: post by the court's special mail service. */
    POSTAL,
    /** 公告送达. */
    PUBLIC_NOTICE;

    public boolean isElectronic() {
        return this == INBOX || this == EMAIL || this == SMS;
    }
}
