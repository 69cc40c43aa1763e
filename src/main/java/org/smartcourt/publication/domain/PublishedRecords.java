package org.smartcourt.publication.domain;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The public notes of published records, as stored. */
public interface PublishedRecords {

    /** Adds a note; {@code previousText} keeps the text a correction replaced (not public), null otherwise. */
    void addNotice(UUID recordId, PublicNotice notice, String recordedBy, @Nullable String previousText);

    /** The notes of a record, oldest first. */
    List<PublicNotice> notices(UUID recordId);
}
