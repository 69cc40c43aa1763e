package org.smartcourt.filing.web;

import org.jspecify.annotations.Nullable;

/** What the filing API accepts besides the answers themselves. */
final class DraftRequests {

    private DraftRequests() {}

    /** Starts a draft: the court chosen (法院代字) and the case type (schema id). */
    record NewDraft(@Nullable String court, @Nullable String type) {}

    /** Files the draft; {@code version} is the draft version the filer reviewed, when the client knows it. */
    record Submission(@Nullable Long version) {}
}
