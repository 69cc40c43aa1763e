package org.smartcourt.publication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
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
 * The first {@value #SIZE} of the bundled JuDGE judgments, published once per test JVM through the import use case
 * (idempotent: a second import finds them all published), and their original full texts for computing expected counts
 * independently. A subset keeps the tests fast: anonymising takes about 0.1 s per judgment on one core.
 */
public final class PublishedCorpus {

    public static final String RESOURCE = "/publication/demo/judge-criminal-501.jsonl";

    public static final int SIZE = 200;

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

    /** The first {@value #SIZE} lines of the bundled corpus. */
    public static BufferedReader reader() {
        try (var all = new BufferedReader(
                new InputStreamReader(PublishedCorpus.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
            var subset = new StringBuilder();
            String line;
            int count = 0;
            while (count < SIZE && (line = all.readLine()) != null) {
                subset.append(line).append('\n');
                count++;
            }
            return new BufferedReader(new StringReader(subset.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
