package org.smartcourt.filing.domain;

/** Why a file is attached to a filing. */
public enum AttachmentKind {
    /** Evidence listed in the 证据清单. */
    EVIDENCE,
    /** 授权委托书: the client's power of attorney for the lawyer who files (CPL Art. 62). */
    POWER_OF_ATTORNEY,
    /** Identity documents and anything else. */
    OTHER
}
