package org.smartcourt.publication.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.smartcourt.publication.anonymisation.CaseType;
import org.smartcourt.publication.catalogue.CitedArticles;
import org.smartcourt.publication.catalogue.JudgmentHeaders;
import org.smartcourt.publication.catalogue.Procedure;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search benchmark's tool, driven by {@code bench/search.sh}:
 *
 * <ul>
 *   <li>{@code generate N corpus.jsonl [seed]}: N synthetic judgments (generic JSONL format) made by recombining the
 *       paragraphs of the 501 real ones: the heading of one, the middle paragraphs drawn from others, the end of a
 *       third; every case number made unique;
 *   <li>{@code load jdbcUrl corpus.jsonl}: COPY them into {@code published_judgment} with the metadata the importer
 *       reads (the texts are court-anonymised already; the anonymising import is measured separately);
 *   <li>{@code queries baseUrl jdbcUrl rate seconds}: the query mix at a fixed arrival rate against the search API,
 *       then the same queries against PostgreSQL ({@code LIKE} on the full text) as the baseline.
 * </ul>
 */
public final class SearchBenchmark {

    private static final Path CORPUS = Path.of("src/main/resources/publication/demo/judge-criminal-501.jsonl");
    private static final Pattern CASE_NUMBER = Pattern.compile("([（(]\\d{4}[）)][^号]{1,20}?)(\\d{1,9})号");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" ->
                generate(
                        Integer.parseInt(args[1]),
                        Path.of(args[2]),
                        args.length > 3 ? Long.parseLong(args[3]) : 20261129L);
            case "load" -> load(args[1], Path.of(args[2]));
            case "queries" -> queries(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("generate | load | queries");
        }
        System.exit(0); // the HTTP client's threads would keep the JVM alive
    }

    static void generate(int count, Path output, long seed) throws IOException {
        var json = JsonMapper.builder().build();
        var documents = new ArrayList<String[]>();
        for (var line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                documents.add(json.readTree(line).get("fd").asString().strip().split("\\s+"));
            }
        }
        var random = new Random(seed);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                var head = documents.get(random.nextInt(documents.size()));
                var tail = documents.get(random.nextInt(documents.size()));
                var paragraphs = new ArrayList<String>();
                var headLength = Math.min(4, head.length);
                paragraphs.addAll(Arrays.asList(head).subList(0, headLength));
                var middle = Math.max(2, head.length - headLength - 4);
                for (int p = 0; p < middle; p++) {
                    var source = documents.get(random.nextInt(documents.size()));
                    if (source.length > 8) {
                        paragraphs.add(source[4 + random.nextInt(source.length - 8)]);
                    }
                }
                paragraphs.addAll(Arrays.asList(tail).subList(Math.max(0, tail.length - 4), tail.length));
                var text = unique(String.join(" ", paragraphs), i + 1);
                out.write(json.writeValueAsString(Map.of("text", text)));
                out.newLine();
            }
        }
        System.out.println("Generated " + count + " judgments into " + output);
    }

    /** Makes the first case number unique: the serial becomes the document's number. */
    private static String unique(String text, int serial) {
        Matcher matcher = CASE_NUMBER.matcher(text);
        if (matcher.find() && matcher.start() < 300) {
            return text.substring(0, matcher.start()) + matcher.group(1) + (100000 + serial) + "号"
                    + text.substring(matcher.end());
        }
        return text;
    }

    static void load(String jdbcUrl, Path corpus) throws Exception {
        var json = JsonMapper.builder().build();
        var started = System.nanoTime();
        long rows = 0;
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                var lines = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var batch = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                var text = json.readTree(line).get("text").asString();
                var header = JudgmentHeaders.read(text, CaseType::isKnown);
                var procedure = Procedure.of(header.caseType());
                var code = header.caseNumber() == null
                        ? null
                        : org.smartcourt.shared.CaseNumber.parse(header.caseNumber())
                                .map(number -> number.court().value())
                                .orElse(null);
                var court = header.courtName() == null ? "未知法院" : header.courtName();
                var level = court.contains("中级") ? "INTERMEDIATE" : court.contains("高级") ? "HIGH" : "BASIC";
                var articles = CitedArticles.in(text);
                batch.append(String.join(
                                "\t",
                                UUID.randomUUID().toString(),
                                sha256(rows + "\u0000" + text), // synthetic rows: unique by position
                                tsv((header.cause() == null ? "" : header.cause()) + header.documentTitle()),
                                tsv(header.caseNumber()),
                                tsv(code),
                                tsv(court),
                                level,
                                "\\N",
                                "\\N",
                                header.decidedOn() == null
                                        ? "\\N"
                                        : header.decidedOn().toString(),
                                header.year() == null ? "\\N" : header.year().toString(),
                                tsv(header.caseType()),
                                header.documentType(),
                                procedure.name(),
                                tsv(header.cause()),
                                tsv(text),
                                tsv(array(articles)),
                                "PRACTICE_2024",
                                "benchmark",
                                Instant.now().toString()))
                        .append('\n');
                rows++;
                if (rows % 5000 == 0) {
                    copy(copy, batch);
                }
            }
            copy(copy, batch);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Loaded %d judgments into PostgreSQL in %.1f s (%.0f/s)%n", rows, seconds, rows / seconds);
    }

    private static void copy(org.postgresql.copy.CopyManager copy, StringBuilder batch) throws Exception {
        copy.copyIn(
                "copy published_judgment (id, fingerprint, title, case_number, court_code, court_name, court_level,"
                        + " province, province_name, decided_on, case_year, case_type, document_type, procedure, cause,"
                        + " full_text, cited_articles, profile, source, published_at) from stdin",
                new StringReader(batch.toString()));
        batch.setLength(0);
    }

    private static String array(List<String> values) {
        var out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(values.get(i).replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }

    private static String tsv(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One query of the mix: the API parameters, and the same as SQL (LIKE on every word, the filters). */
    record Query(String kind, List<String> words, Map<String, String> filters, int page, int size) {

        String api() {
            var q = new StringBuilder("q=")
                    .append(URLEncoder.encode(
                            String.join(
                                    " ",
                                    words.stream()
                                            .map(w -> kind.equals("phrase") ? "\"" + w + "\"" : w)
                                            .toList()),
                            StandardCharsets.UTF_8));
            filters.forEach((key, value) ->
                    q.append('&').append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return q.append("&page=").append(page).append("&size=").append(size).toString();
        }
    }

    static List<Query> mix() {
        var queries = new ArrayList<Query>();
        String[][] keywords = {{"盗窃"}, {"诈骗"}, {"盗窃", "手机"}, {"危险驾驶"}, {"故意伤害", "赔偿"}, {"毒品"}, {"自首"}, {"电动车"}};
        String[] phrases = {"秘密窃取", "如实供述", "取保候审", "数额较大"};
        for (var words : keywords) {
            queries.add(new Query("keywords", List.of(words), Map.of(), 1, 10));
        }
        for (var phrase : phrases) {
            queries.add(new Query("phrase", List.of(phrase), Map.of(), 1, 10));
        }
        queries.add(new Query("filter", List.of("盗窃"), Map.of("year", "2018"), 1, 10));
        queries.add(new Query("filter", List.of("诈骗"), Map.of("level", "BASIC", "year", "2017"), 1, 10));
        queries.add(new Query("filter", List.of("盗窃"), Map.of("caseType", "刑初"), 2, 10));
        queries.add(new Query("deep", List.of("盗窃"), Map.of(), 100, 10));
        queries.add(new Query("deep", List.of("罪"), Map.of(), 500, 20));
        return queries;
    }

    static void queries(String baseUrl, String jdbcUrl, int rate, int seconds) throws Exception {
        var mix = mix();
        var http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(8))
                .build();
        var api = runAtFixedRate(rate, seconds, mix, (query) -> {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/judgments/search?" + query.api()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        });
        report("Hibernate Search (Lucene) API", api);
        var pool = new ArrayList<Connection>();
        for (int i = 0; i < 4; i++) {
            pool.add(DriverManager.getConnection(jdbcUrl));
        }
        var connections = new java.util.concurrent.LinkedBlockingQueue<>(pool);
        var baseline = runAtFixedRate(rate, seconds, mix, (query) -> {
            var connection = connections.take();
            try {
                sql(connection, query);
            } finally {
                connections.put(connection);
            }
        });
        report("PostgreSQL LIKE baseline", baseline);
        for (var connection : pool) {
            connection.close();
        }
    }

    /** The same search in SQL: every word with LIKE, the filters, the total count, one page by date. */
    private static void sql(Connection connection, Query query) throws SQLException {
        var where = new StringBuilder("true");
        var parameters = new ArrayList<Object>();
        for (var word : query.words()) {
            where.append(" and full_text like ?");
            parameters.add("%" + word + "%");
        }
        query.filters().forEach((key, value) -> {
            switch (key) {
                case "year" -> {
                    where.append(" and case_year = ?");
                    parameters.add(Integer.parseInt(value));
                }
                case "level" -> {
                    where.append(" and court_level = ?");
                    parameters.add(value);
                }
                default -> {
                    where.append(" and case_type = ?");
                    parameters.add(value);
                }
            }
        });
        try (var count = connection.prepareStatement("select count(*) from published_judgment where " + where);
                var page = connection.prepareStatement("select id, title, case_number, court_name, decided_on,"
                        + " left(full_text, 120) from published_judgment where " + where
                        + " order by decided_on desc nulls last limit ? offset ?")) {
            for (int i = 0; i < parameters.size(); i++) {
                count.setObject(i + 1, parameters.get(i));
                page.setObject(i + 1, parameters.get(i));
            }
            page.setInt(parameters.size() + 1, query.size());
            page.setInt(parameters.size() + 2, (query.page() - 1) * query.size());
            try (var rows = count.executeQuery()) {
                rows.next();
            }
            try (var rows = page.executeQuery()) {
                while (rows.next()) {
                    rows.getString(1);
                }
            }
        }
    }

    interface Call {
        void run(Query query) throws Exception;
    }

    /**
     * Sends one query every 1/rate seconds for the given time, whatever the answers' speed, and measures each from
     * its scheduled start (so that queueing counts: no coordinated omission).
     */
    private static List<Long> runAtFixedRate(int rate, int seconds, List<Query> mix, Call call) throws Exception {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new java.util.concurrent.atomic.AtomicInteger();
        var total = rate * seconds;
        var done = new CountDownLatch(total);
        var workers = Executors.newFixedThreadPool(64);
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        var start = System.nanoTime() + 100_000_000L;
        var interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            var query = mix.get(i % mix.size());
            var scheduled = start + i * interval;
            scheduler.schedule(
                    () -> workers.submit(() -> {
                        try {
                            call.run(query);
                            latencies.add(System.nanoTime() - scheduled);
                        } catch (Exception e) {
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("Query failed: " + e.getMessage());
                            }
                        } finally {
                            done.countDown();
                        }
                    }),
                    scheduled - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 600L, TimeUnit.SECONDS);
        scheduler.shutdownNow();
        workers.shutdownNow();
        if (errors.get() > 0) {
            System.out.println("  errors: " + errors.get());
        }
        var sorted = new ArrayList<>(latencies);
        sorted.sort(Long::compare);
        return sorted;
    }

    private static void report(String name, List<Long> sorted) {
        if (sorted.isEmpty()) {
            System.out.println(name + ": no answers");
            return;
        }
        System.out.printf(
                "%s: %d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                name,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, int percent) {
        var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
