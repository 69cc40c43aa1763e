package org.smartcourt.publication.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartcourt.publication.anonymisation.Anonymiser;
import org.smartcourt.publication.anonymisation.CaseType;
import org.smartcourt.publication.anonymisation.HanlpNameRecogniser;
import org.smartcourt.publication.anonymisation.Judgment;
import org.smartcourt.publication.anonymisation.NameRecogniser;
import org.smartcourt.publication.anonymisation.Party;
import org.smartcourt.publication.anonymisation.Profile;
import org.smartcourt.publication.anonymisation.Redaction;
import org.smartcourt.publication.anonymisation.Role;
import org.smartcourt.publication.evaluation.LabelledJudgment.Label;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the anonymiser on the labelled set. A label to MASK is recalled when redactions cover all of it; a redaction
 * is correct when it overlaps a label to MASK of its category, wrong when it overlaps nothing or a label to KEEP, and not
 * scored when it overlaps only labels marked ANY (prosecutors and lawyers the courts sometimes masked).
 */
public final class AnonymisationEvaluation {

    static final Path SET = Path.of("src/test/resources/publication/evaluation/anonymisation-eval.jsonl");

    /** Counts of one row of the report. */
    static final class Counts {
        int labels;
        int recalled;
        int redactions;
        int correct;

        double recall() {
            return labels == 0 ? 1.0 : (double) recalled / labels;
        }

        double precision() {
            return redactions == 0 ? 1.0 : (double) correct / redactions;
        }
    }

    /** The scores of one profile: recall rows by label bucket, precision rows by redaction category. */
    record Report(
            Profile profile,
            Map<String, Counts> recall,
            Map<String, Counts> precision,
            int judgesOrCaseNumbersMasked,
            int keptPartiesMasked,
            List<String> misses,
            List<String> falsePositives) {}

    private final Anonymiser anonymiser;

    AnonymisationEvaluation(Anonymiser anonymiser) {
        this.anonymiser = anonymiser;
    }

    public static void main(String[] args) throws IOException {
        var set = load(args.length > 0 ? Path.of(args[0]) : SET);
        var evaluation = new AnonymisationEvaluation(new Anonymiser(remembering(new HanlpNameRecogniser())));
        var started = System.nanoTime();
        for (var profile : Profile.values()) {
            var report = evaluation.score(set, profile);
            System.out.println(markdown(report));
            report.misses().stream()
                    .filter(miss -> !miss.startsWith("PERSON (not"))
                    .forEach(miss -> System.out.println("  miss: " + miss));
            report.misses().stream()
                    .filter(miss -> miss.startsWith("PERSON (not"))
                    .limit(20)
                    .forEach(miss -> System.out.println("  miss: " + miss));
            if (Boolean.getBoolean("evaluation.verbose")) {
                report.falsePositives().forEach(wrong -> System.out.println("  wrong: " + wrong));
            }
            System.out.println();
        }
        System.out.printf(
                "%d judgments, %d characters, both profiles in %.1f s%n",
                set.size(),
                set.stream().mapToInt(judgment -> judgment.text().length()).sum(),
                (System.nanoTime() - started) / 1e9);
    }

    /** Both profiles see the same texts: recognise each text once. */
    static NameRecogniser remembering(NameRecogniser recogniser) {
        var remembered = new HashMap<String, List<NameRecogniser.Mention>>();
        return text -> remembered.computeIfAbsent(text, recogniser::recognise);
    }

    static List<LabelledJudgment> load(Path path) throws IOException {
        var json = JsonMapper.builder().build();
        var set = new ArrayList<LabelledJudgment>();
        for (var line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                set.add(json.readValue(line, LabelledJudgment.class));
            }
        }
        return set;
    }

    Report score(List<LabelledJudgment> set, Profile profile) {
        var recall = new TreeMap<String, Counts>();
        var precision = new TreeMap<String, Counts>();
        var keepViolations = 0;
        var keptPartiesMasked = 0;
        var misses = new ArrayList<String>();
        var falsePositives = new ArrayList<String>();
        for (var judgment : set) {
            var parties = judgment.parties().stream()
                    .map(party ->
                            new Party(party.name(), Role.parse(party.role()).orElseThrow()))
                    .toList();
            var result = anonymiser.anonymise(
                    new Judgment(judgment.text(), new CaseType(judgment.caseType()), profile, parties));
            var redactions = result.redactions();
            for (var label : judgment.labels()) {
                var expected = label.expected(profile.name());
                if (expected.equals("MASK")) {
                    var counts = recall.computeIfAbsent(bucket(label), key -> new Counts());
                    counts.labels++;
                    if (covered(label, redactions)) {
                        counts.recalled++;
                    } else {
                        misses.add(bucket(label) + " «" + judgment.text().substring(label.start(), label.end())
                                + "» in «" + context(judgment.text(), label) + "»");
                    }
                } else if (expected.equals("KEEP")
                        && redactions.stream().anyMatch(r -> r.overlaps(label.start(), label.end()))) {
                    if (label.category().equals("JUDGE") || label.category().equals("CASE_NUMBER")) {
                        keepViolations++;
                        misses.add("MASKED " + label.category() + " «"
                                + judgment.text().substring(label.start(), label.end()) + "»");
                    } else {
                        keptPartiesMasked++;
                    }
                }
            }
            for (var redaction : redactions) {
                var overlapping = judgment.labels().stream()
                        .filter(label -> redaction.overlaps(label.start(), label.end()))
                        .toList();
                var correct = overlapping.stream()
                        .anyMatch(label -> label.expected(profile.name()).equals("MASK")
                                && label.category().equals(redaction.category().name()));
                var unscored = !correct
                        && !overlapping.isEmpty()
                        && overlapping.stream()
                                .allMatch(
                                        label -> label.expected(profile.name()).equals("ANY"));
                if (unscored) {
                    continue;
                }
                var counts = precision.computeIfAbsent(redaction.category().name(), key -> new Counts());
                counts.redactions++;
                if (correct) {
                    counts.correct++;
                } else {
                    falsePositives.add(redaction.category() + " «"
                            + judgment.text().substring(redaction.start(), redaction.end()) + "» in «"
                            + judgment.text()
                                    .substring(
                                            Math.max(0, redaction.start() - 10),
                                            Math.min(judgment.text().length(), redaction.end() + 6))
                            + "» " + redaction.rule());
                }
            }
        }
        return new Report(profile, recall, precision, keepViolations, keptPartiesMasked, misses, falsePositives);
    }

    private static String bucket(Label label) {
        if (label.category().equals("PERSON")) {
            return label.known() ? "PERSON (case record)" : "PERSON (not in record)";
        }
        return label.category();
    }

    private static boolean covered(Label label, List<Redaction> redactions) {
        for (var at = label.start(); at < label.end(); at++) {
            var position = at;
            if (redactions.stream().noneMatch(r -> r.start() <= position && position < r.end())) {
                return false;
            }
        }
        return true;
    }

    private static String context(String text, Label label) {
        return text.substring(Math.max(0, label.start() - 12), Math.min(text.length(), label.end() + 8));
    }

    static String markdown(Report report) {
        var rows = new LinkedHashMap<String, String[]>();
        report.recall()
                .forEach((bucket, counts) -> rows.put(
                        bucket, new String[] {Integer.toString(counts.labels), percent(counts.recall()), "", ""}));
        report.precision().forEach((category, counts) -> {
            var key = category.equals("PERSON") ? "PERSON (all)" : category;
            var row = rows.computeIfAbsent(key, k -> new String[] {"–", "–", "", ""});
            row[2] = Integer.toString(counts.redactions);
            var labelled = report.recall().keySet().stream().anyMatch(bucket -> bucket.startsWith(category));
            row[3] = labelled ? percent(counts.precision()) : "not scored (no labels)";
        });
        var table = new StringBuilder("Profile " + report.profile() + "\n\n");
        table.append("| category | labels to mask | recall | redactions scored | precision |\n");
        table.append("|---|---:|---:|---:|---:|\n");
        rows.forEach((key, row) -> table.append("| ")
                .append(key)
                .append(" | ")
                .append(String.join(" | ", row))
                .append(" |\n"));
        table.append("\nJudges, clerks or case numbers masked: ").append(report.judgesOrCaseNumbersMasked());
        table.append("; defendants masked although the 2016 rule keeps them: ").append(report.keptPartiesMasked());
        return table.toString();
    }

    private static String percent(double value) {
        return "%.1f%%".formatted(value * 100);
    }
}
