package org.smartcourt.documents;

import java.net.URI;
import java.time.Instant;
import org.smartcourt.shared.CourtCode;

/**
 * A sealed PDF the platform has issued and stored.
 *
 * @param verificationCode the short code printed on the document; anyone can check the document with it
 * @param verificationUrl the public page the QR code on the document points to
 */
public record IssuedDocument(
        DocumentHash hash,
        String verificationCode,
        CourtCode court,
        String title,
        Instant sealedAt,
        URI verificationUrl,
        long size) {}
