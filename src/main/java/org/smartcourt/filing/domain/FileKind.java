package org.smartcourt.filing.domain;

import java.util.Optional;

/**
 * The file types a filing accepts, recognised by their first bytes (magic numbers) rather than by name or claimed type:
 * PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}) and PNG ({@code 89 50 4E 47 0D 0A 1A 0A}).
 */
public enum FileKind {
    PDF("application/pdf", "pdf", new int[] {0x25, 0x50, 0x44, 0x46, 0x2D}),
    JPEG("image/jpeg", "jpg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", "png", new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final String extension;
    private final int[] magic;

    FileKind(String mediaType, String extension, int[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind these bytes start with; empty for anything else (a renamed executable, a Word file…). */
    public static Optional<FileKind> of(byte[] content) {
        for (var kind : values()) {
            if (kind.matches(content)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (var i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
