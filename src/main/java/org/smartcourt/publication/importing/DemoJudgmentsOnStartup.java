package org.smartcourt.publication.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.publication.anonymisation.Profile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code smartcourt.demo=true}) publishes the 501 bundled JuDGE judgments, anonymised again by our
 * pipeline, in the background after startup; those already published are skipped.
 */
@Component
@ConditionalOnBooleanProperty(name = "smartcourt.demo", havingValue = true)
class DemoJudgmentsOnStartup {

    /** 501 first-instance criminal judgments, MIT licence; see the README beside the file. */
    static final String CORPUS = "publication/demo/judge-criminal-501.jsonl";

    private static final Logger log = LoggerFactory.getLogger(DemoJudgmentsOnStartup.class);

    private final ImportJudgments importing;

    DemoJudgmentsOnStartup(ImportJudgments importing) {
        this.importing = importing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishDemoJudgments() {
        var thread = new Thread(
                () -> {
                    try {
                        log.info("Demo judgments: {}", publish());
                    } catch (RuntimeException e) {
                        log.error("Could not publish the demo judgments", e);
                    }
                },
                "demo-judgments");
        thread.setDaemon(true);
        thread.start();
    }

    private ImportReport publish() {
        try (var lines = new BufferedReader(
                new InputStreamReader(new ClassPathResource(CORPUS).getInputStream(), StandardCharsets.UTF_8))) {
            return importing.importJsonl(
                    lines, JsonlFormat.JUDGE, new ImportJudgments.Options(Profile.PRACTICE_2024, "demo", 100), p -> {});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CORPUS, e);
        }
    }
}
