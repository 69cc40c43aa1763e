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
            case "service" -> service(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 5);
            case "queries" -> queries(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "api" -> api(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("generate | load | service | queries | api");
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

        String label() {
            var label = new StringBuilder(String.join(
                    " ",
                    words.stream()
                            .map(w -> kind.equals("phrase") ? "\"" + w + "\"" : w)
                            .toList()));
            filters.forEach(
                    (key, value) -> label.append(' ').append(key).append('=').append(value));
            return label.append(" p").append(page).append('×').append(size).toString();
        }

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

    /**
     * Service time at no load: every query of the mix once to warm up, then {@code repeat} times one after the
     * other; prints the median per query with what the API answered (total, whether exact).
     */
    static void service(String baseUrl, int repeat) throws Exception {
        var http = client();
        var json = JsonMapper.builder().build();
        for (var query : mix()) {
            get(http, baseUrl, query);
        }
        System.out.println("Service time per query, median of " + repeat + " (no other load from this tool):");
        for (var query : mix()) {
            var times = new ArrayList<Long>();
            String body = "";
            for (int i = 0; i < repeat; i++) {
                var started = System.nanoTime();
                body = get(http, baseUrl, query);
                times.add(System.nanoTime() - started);
            }
            times.sort(Long::compare);
            var answer = json.readTree(body);
            System.out.printf(
                    "  %-8s %-40s %7.1f ms  total %s%s%n",
                    query.kind(),
                    query.label(),
                    times.get(times.size() / 2) / 1e6,
                    answer.get("total").asString(),
                    answer.get("totalIsExact").asBoolean() ? "" : " (estimate)");
        }
    }

    static void queries(String baseUrl, String jdbcUrl, int rate, int seconds) throws Exception {
        api(baseUrl, rate, seconds);
        var mix = mix();
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

    /** The query mix at a fixed arrival rate against the search API alone (also while an import runs). */
    static void api(String baseUrl, int rate, int seconds) throws Exception {
        var http = client();
        var api = runAtFixedRate(rate, seconds, mix(), (query) -> get(http, baseUrl, query));
        report("Hibernate Search (Lucene) API", api);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempts on plain HTTP
                .connectTimeout(java.time.Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8))
                .build();
    }

    /** One search through the API; fails unless the answer is 200 with a total, hits and facets. */
    private static String get(HttpClient http, String baseUrl, Query query) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/judgments/search?" + query.api()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var body = response.body();
        if (response.statusCode() != 200
                || !body.contains("\"total\"")
                || !body.contains("\"hits\"")
                || !body.contains("\"facets\"")) {
            throw new IllegalStateException(response.statusCode() + " " + body);
        }
        return body;
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

    /** What a fixed-rate run measured: each answered query's kind and latency, the failures, the queries sent. */
    record Run(List<Sample> samples, int errors, int sent, double seconds) {}

    record Sample(String kind, long nanos, long second) {}

    /**
     * Sends one query every 1/rate seconds for the given time, whatever the answers' speed, and measures each from
     * its scheduled start (so that queueing counts: no coordinated omission). Waits at most 10 minutes past the last
     * one for the answers.
     */
    private static Run runAtFixedRate(int rate, int seconds, List<Query> mix, Call call) throws Exception {
        var samples = new ConcurrentLinkedQueue<Sample>();
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
                            samples.add(new Sample(
                                    query.kind(), System.nanoTime() - scheduled, (scheduled - start) / 1_000_000_000L));
                        } catch (Exception e) {
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("Query failed: " + e);
                            }
                        } finally {
                            done.countDown();
                        }
                    }),
                    scheduled - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 600L, TimeUnit.SECONDS);
        var elapsed = (System.nanoTime() - start) / 1e9;
        scheduler.shutdownNow();
        workers.shutdownNow();
        return new Run(List.copyOf(samples), errors.get(), total, elapsed);
    }

    private static void report(String name, Run run) {
        var all = run.samples().stream().map(Sample::nanos).sorted().toList();
        if (all.isEmpty()) {
            System.out.println(name + ": no answers");
            return;
        }
        System.out.printf(
                "%s: %d of %d answered (%d errors) in %.0f s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                name,
                all.size(),
                run.sent(),
                run.errors(),
                run.seconds(),
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                all.get(all.size() - 1) / 1e6);
        var kinds = new java.util.TreeMap<String, List<Long>>();
        run.samples()
                .forEach(sample -> kinds.computeIfAbsent(sample.kind(), k -> new ArrayList<>())
                        .add(sample.nanos()));
        kinds.forEach((kind, nanos) -> {
            nanos.sort(Long::compare);
            System.out.printf(
                    "  %-8s %4d queries, p50 %.1f ms, p95 %.1f ms%n",
                    kind, nanos.size(), percentile(nanos, 50), percentile(nanos, 95));
        });
        if (Boolean.getBoolean("timeline")) {
            timeline(run);
        }
    }

    /** The slowest answer of each second of the run, to see whether slow answers come in bursts. */
    private static void timeline(Run run) {
        var seconds = new java.util.TreeMap<Long, Long>();
        run.samples().forEach(sample -> seconds.merge(sample.second(), sample.nanos(), Math::max));
        var line = new StringBuilder("  slowest per second (ms):");
        seconds.forEach((second, nanos) -> line.append(' ').append(nanos / 1_000_000));
        System.out.println(line);
    }

    private static double percentile(List<Long> sorted, int percent) {
        var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
