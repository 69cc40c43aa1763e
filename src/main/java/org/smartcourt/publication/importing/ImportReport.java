package org.smartcourt.publication.importing;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param read judgments read from the corpus
 * @param published judgments published now
 * @param alreadyPublished judgments skipped because the same case number and text were published before
 * @param failed judgments that could not be published, with the line and the reason
 */
public record ImportReport(long read, long published, long alreadyPublished, List<String> failed, Duration took) {

    public ImportReport {
        failed = List.copyOf(failed);
    }

    public double perSecond() {
        return took.isZero() ? 0 : read * 1000d / Math.max(1, took.toMillis());
    }

    @Override
    public String toString() {
        return "read %d, published %d, already published %d, failed %d in %.1f s (%.0f judgments/s)"
                .formatted(read, published, alreadyPublished, failed.size(), took.toMillis() / 1000d, perSecond());
    }
}
