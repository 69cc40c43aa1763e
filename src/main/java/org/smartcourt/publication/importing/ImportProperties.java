package org.smartcourt.publication.importing;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.smartcourt.publication.anonymisation.Profile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The import command: {@code java -jar smartcourt.jar --smartcourt.publication.import=corpus.jsonl}.
 *
 * @param file the JSONL corpus to publish at startup; none by default
 * @param format {@code judge} or {@code generic}
 * @param profile the anonymisation profile
 * @param batchSize judgments per transaction and index commit
 * @param exit stop the application when the import is done (a command) rather than keep serving
 * @param threads how many threads anonymise judgments during an import; 0 means half the processors (at least
 *     one), which leaves the rest to the public search while an import runs
 * @param patience how long an import waits, before each judgment it anonymises and each batch it stores, for the
 *     public searches being answered to end: searches come first, and a node searched without pause still imports
 *     one judgment per this time; 0 means the import does not give way
 */
@ConfigurationProperties("smartcourt.publication")
public record ImportProperties(
        @Name("import") @Nullable Path file,
        @Name("import-format") @DefaultValue("judge") JsonlFormat format,

        @Name("import-profile") @DefaultValue("PRACTICE_2024")
        Profile profile,

        @Name("import-batch-size") @DefaultValue("200") int batchSize,
        @Name("import-exit") @DefaultValue("true") boolean exit,
        @Name("import-threads") @DefaultValue("0") int threads,
        @Name("import-patience") @DefaultValue("1s") Duration patience) {

    public ImportProperties {
        if (threads < 0) {
            throw new IllegalArgumentException("smartcourt.publication.import-threads must not be negative");
        }
        if (patience.isNegative()) {
            throw new IllegalArgumentException("smartcourt.publication.import-patience must not be negative");
        }
    }

    /** The threads an import anonymises with. */
    int anonymisingThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
