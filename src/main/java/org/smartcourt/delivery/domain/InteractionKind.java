package org.smartcourt.delivery.domain;

/** What the recipient did with a served document on the platform. */
public enum InteractionKind {
    /** Opened the document's page: the system reports it read (在线诉讼规则 Art. 31 ¶2(2)). */
    OPENED,
    /** Downloaded the document (在线诉讼规则 Art. 31 ¶2(2)). */
    DOWNLOADED,
    /** Confirmed receipt (回复收悉, 在线诉讼规则 Art. 31 ¶2(1)); for a mediation statement this is the signing for it. */
    REPLIED
}
