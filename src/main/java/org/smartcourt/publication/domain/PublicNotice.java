package org.smartcourt.publication.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dated public note on a published record: that the document is not published and why (Art. 6), that its text was
 * corrected, or that it was withdrawn (Art. 12–18 [U]: corrections and withdrawals are themselves made public).
 *
 * @param ground the Art. 4 ground, for {@link Kind#NOT_PUBLISHED}
 * @param reason the court's words, published as given
 */
public record PublicNotice(
        Kind kind,
        LocalDate notedOn,
        @Nullable ExclusionGround ground,
        @Nullable String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public enum Kind {
        NOT_PUBLISHED,
        CORRECTED,
        WITHDRAWN
    }

    public PublicNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(notedOn, "notedOn");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (kind == Kind.NOT_PUBLISHED && ground == null) {
            throw new IllegalArgumentException("A notice of non-publication names its ground");
        }
        if (kind != Kind.NOT_PUBLISHED && reason == null) {
            throw new IllegalArgumentException("A correction or withdrawal says why");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("A reason has at most " + MAX_REASON_LENGTH + " characters");
        }
    }
}
