package org.smartcourt.fees.domain;

/**
 * A file proving the hardship (Art. 48), kept once in the document store by its SHA-256.
 *
 * @param mediaType the type recognised from the content, never the one the client claimed
 */
public record ReliefEvidence(String hash, String fileName, String mediaType, long size) {}
