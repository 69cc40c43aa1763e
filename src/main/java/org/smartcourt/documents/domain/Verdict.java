package org.smartcourt.documents.domain;

/** What verification concludes about a document. */
public enum Verdict {
    /** Sealed by a court on this platform, and not a byte has changed since. */
    GENUINE,
    /** It carries a seal, but the bytes are not those that were sealed, or something was added after sealing. */
    ALTERED,
    /** The signature is intact, but the signer's certificate does not come from a trusted authority. */
    UNKNOWN_SIGNER,
    /** The PDF carries no signature. */
    NOT_SIGNED,
    /** No document was issued under that verification code. */
    UNKNOWN_CODE
}
