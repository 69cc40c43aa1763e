package org.smartcourt.filing.domain;

import java.time.Instant;

/**
 * A file attached to a draft, kept once in the document store by its SHA-256.
 *
 * @param hash the document's SHA-256 in hex
 * @param mediaType the type recognised from the content, never the one the client claimed
 */
public record Attachment(
        String hash, AttachmentKind kind, String fileName, String mediaType, long size, Instant addedAt) {}
