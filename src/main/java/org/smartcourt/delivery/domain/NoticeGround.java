package org.smartcourt.delivery.domain;

/** Why a document is served by public notice (CPL Art. 95; 民诉解释 Art. 139 asks the notice to say why). */
public enum NoticeGround {
    /** 下落不明: the addressee's whereabouts are unknown. */
    WHEREABOUTS_UNKNOWN,
    /** The other methods of service failed. */
    OTHER_METHODS_FAILED
}
