package org.smartcourt.publication.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A record on the public portal with its public notes: a published document (its text may be corrected, it may be
 * withdrawn) or the notice that a document is not published (it may be withdrawn, not corrected).
 */
public record PublishedRecord(
        UUID id, String text, @Nullable LocalDate withdrawnOn, List<PublicNotice> notices) {

    public PublishedRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        notices = List.copyOf(notices);
    }

    public boolean withdrawn() {
        return withdrawnOn != null;
    }

    /** The notice of non-publication, for a record that stands in for an excluded document. */
    public Optional<PublicNotice> nonPublication() {
        return notices.stream()
                .filter(notice -> notice.kind() == PublicNotice.Kind.NOT_PUBLISHED)
                .findFirst();
    }

    public Optional<PublicNotice> withdrawal() {
        return notices.stream()
                .filter(notice -> notice.kind() == PublicNotice.Kind.WITHDRAWN)
                .findFirst();
    }

    public List<PublicNotice> corrections() {
        return notices.stream()
                .filter(notice -> notice.kind() == PublicNotice.Kind.CORRECTED)
                .toList();
    }

    /**
     * The note that the text was corrected (a missed name, a clerical error in the anonymisation).
     *
     * @throws IllegalStateException when the record is withdrawn or is a notice of non-publication
     * @throws IllegalArgumentException when the new text is blank, the same, or the reason is missing
     */
    public PublicNotice correct(String correctedText, String reason, LocalDate on) {
        if (withdrawn()) {
            throw new IllegalStateException("A withdrawn record is not corrected");
        }
        if (nonPublication().isPresent()) {
            throw new IllegalStateException("A notice of non-publication has no text to correct");
        }
        if (correctedText.isBlank() || correctedText.strip().equals(text.strip())) {
            throw new IllegalArgumentException("A correction changes the text");
        }
        return new PublicNotice(PublicNotice.Kind.CORRECTED, on, null, reason);
    }

    /**
     * The note that the record was withdrawn: it leaves the search, its address shows the note.
     *
     * @throws IllegalStateException when it is withdrawn already
     */
    public PublicNotice withdraw(String reason, LocalDate on) {
        if (withdrawn()) {
            throw new IllegalStateException("The record is withdrawn already");
        }
        return new PublicNotice(PublicNotice.Kind.WITHDRAWN, on, null, reason);
    }
}
