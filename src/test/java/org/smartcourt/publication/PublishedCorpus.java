package org.smartcourt.publication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.smartcourt.publication.anonymisation.Profile;
import org.smartcourt.publication.importing.ImportJudgments;
import org.smartcourt.publication.importing.ImportReport;
import org.smartcourt.publication.importing.JsonlFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled 501 JuDGE judgments, published once per test JVM through the import use case (idempotent: a second call
 * finds them all published), and their original full texts for computing expected counts independently.
 */
public final class PublishedCorpus {

    public static final String RESOURCE = "/publication/demo/judge-criminal-501.jsonl";

    private static ImportReport firstImport;

    private PublishedCorpus() {}

    public static synchronized ImportReport ensurePublished(ImportJudgments importing) {
        if (firstImport == null) {
            try (var lines = reader()) {
                firstImport = importing.importJsonl(
                        lines,
                        JsonlFormat.JUDGE,
                        new ImportJudgments.Options(Profile.PRACTICE_2024, "test-corpus", 100),
                        progress -> {});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return firstImport;
    }

    /** The full documents ({@code fd}) as the corpus has them, before anonymisation. */
    public static List<String> originalTexts() {
        var json = JsonMapper.builder().build();
        var texts = new ArrayList<String>();
        try (var lines = reader()) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).get("fd").asString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static BufferedReader reader() {
        return new BufferedReader(
                new InputStreamReader(PublishedCorpus.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8));
    }
}
