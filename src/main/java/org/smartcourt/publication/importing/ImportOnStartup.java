package org.smartcourt.publication.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The import command. With {@code --smartcourt.publication.import=path/to/corpus.jsonl} the platform publishes the
 * corpus when it starts, printing progress after each batch, then stops (exit code 0, or 1 if a judgment failed)
 * unless {@code --smartcourt.publication.import-exit=false}.
 */
@Component
class ImportOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportOnStartup.class);

    private final ImportProperties properties;
    private final ImportJudgments importing;
    private final ConfigurableApplicationContext context;

    ImportOnStartup(ImportProperties properties, ImportJudgments importing, ConfigurableApplicationContext context) {
        this.properties = properties;
        this.importing = importing;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        var file = properties.file();
        if (file == null) {
            return;
        }
        log.info("Importing {} ({} format, profile {})", file, properties.format(), properties.profile());
        ImportReport report;
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = importing.importJsonl(
                    lines,
                    properties.format(),
                    new ImportJudgments.Options(
                            properties.profile(), file.getFileName().toString(), properties.batchSize()),
                    progress -> log.info(
                            "Import progress: {} read, {} published, {} already published, {} failed, {} judgments/s",
                            progress.read(),
                            progress.published(),
                            progress.alreadyPublished(),
                            progress.failed(),
                            Math.round(progress.read()
                                    * 1000d
                                    / Math.max(1, progress.elapsed().toMillis()))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        report.failed().forEach(failure -> log.warn("Not published: {}", failure));
        log.info("Import of {} done: {}", file, report);
        if (properties.exit()) {
            var code = report.failed().isEmpty() ? 0 : 1;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
