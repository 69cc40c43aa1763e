package org.smartcourt.fees.domain;

import java.util.Optional;

/**
 * The file types accepted as evidence of hardship, recognised by their first bytes rather than by name or claimed
 * type: PDF, JPEG and PNG.
 */
public enum EvidenceType {
    PDF("application/pdf", new int[] {0x25, 0x50, 0x44, 0x46, 0x2D}),
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final int[] signature;

    EvidenceType(String mediaType, int[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the bytes start with; empty for anything else. */
    public static Optional<EvidenceType> of(byte[] content) {
        for (var type : values()) {
            if (type.startsOf(content)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private boolean startsOf(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (var i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
