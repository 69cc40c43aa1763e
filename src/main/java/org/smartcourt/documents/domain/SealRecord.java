package org.smartcourt.documents.domain;

import java.time.Instant;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.shared.CourtCode;

/** The platform's record of a document it sealed: which file, which court, when, under which code. */
public record SealRecord(
        VerificationCode code, DocumentHash hash, CourtCode court, String courtName, String title, Instant sealedAt) {}
