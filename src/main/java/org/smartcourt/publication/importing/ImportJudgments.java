package org.smartcourt.publication.importing;

import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.publication.anonymisation.Anonymiser;
import org.smartcourt.publication.anonymisation.CaseType;
import org.smartcourt.publication.anonymisation.Judgment;
import org.smartcourt.publication.anonymisation.Profile;
import org.smartcourt.publication.catalogue.CitedArticles;
import org.smartcourt.publication.catalogue.JudgmentHeaders;
import org.smartcourt.publication.catalogue.Procedure;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.smartcourt.publication.persistence.PublishedJudgmentRepository;
import org.smartcourt.publication.search.SearchesInFlight;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a JSONL corpus: each judgment is anonymised by the same {@link Anonymiser} as single judgments, its
 * metadata read from its text, and it is stored and indexed in batches (one transaction and one index commit per
 * batch). A judgment whose case number and original text were published before is skipped, so an import can be rerun.
 * Anonymisation runs on {@code smartcourt.publication.import-threads} threads, so that an import does not take every
 * processor from the public search, and each judgment and batch first waits (up to {@code import-patience}) for the
 * searches being answered to end, so that the public search keeps its latency while a backlog is published.
 */
@Component
public class ImportJudgments {

    private static final Logger log = LoggerFactory.getLogger(ImportJudgments.class);

    /** How an import runs: which profile anonymises, what the source is called, how many per batch. */
    public record Options(Profile profile, String source, int batchSize) {

        public Options {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be positive");
            }
        }
    }

    /** Progress after each batch. */
    public record Progress(long read, long published, long alreadyPublished, long failed, Duration elapsed) {}

    private final Anonymiser anonymiser;
    private final PublishedJudgmentRepository repository;
    private final EntityManager entityManager;
    private final JudgmentCourts courts;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ForkJoinPool anonymising;
    private final SearchesInFlight searches;
    private final Duration patience;

    ImportJudgments(
            Anonymiser anonymiser,
            PublishedJudgmentRepository repository,
            EntityManager entityManager,
            JudgmentCourts courts,
            TransactionTemplate transactions,
            AuditTrail audit,
            Clock clock,
            ImportProperties properties,
            SearchesInFlight searches) {
        this.anonymiser = anonymiser;
        this.repository = repository;
        this.entityManager = entityManager;
        this.courts = courts;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.anonymising = new ForkJoinPool(properties.anonymisingThreads());
        this.searches = searches;
        this.patience = properties.patience();
    }

    public ImportReport importJsonl(
            BufferedReader lines, JsonlFormat format, Options options, Consumer<Progress> progress) {
        var started = System.nanoTime();
        long read = 0;
        long published = 0;
        long skipped = 0;
        var failed = new ArrayList<String>();
        var batch = new ArrayList<SourceJudgment>(options.batchSize());
        try {
            String line;
            long number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                read++;
                try {
                    batch.add(format.read(number, json.readTree(line)));
                } catch (JacksonException | IllegalArgumentException unreadable) {
                    failed.add("line " + number + ": " + unreadable.getMessage());
                }
                if (batch.size() == options.batchSize()) {
                    var outcome = publish(batch, options, failed);
                    published += outcome[0];
                    skipped += outcome[1];
                    batch.clear();
                    progress.accept(new Progress(
                            read, published, skipped, failed.size(), Duration.ofNanos(System.nanoTime() - started)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the corpus", e);
        }
        if (!batch.isEmpty()) {
            var outcome = publish(batch, options, failed);
            published += outcome[0];
            skipped += outcome[1];
        }
        var took = Duration.ofNanos(System.nanoTime() - started);
        progress.accept(new Progress(read, published, skipped, failed.size(), took));
        var report = new ImportReport(read, published, skipped, failed, took);
        audit.record(AuditRecord.of(
                        "system:import",
                        "publication.imported",
                        options.source(),
                        failed.isEmpty() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .with("format", format.name())
                .with("profile", options.profile().name())
                .with("read", Long.toString(read))
                .with("published", Long.toString(published))
                .with("failed", Integer.toString(failed.size())));
        return report;
    }

    /**
     * Skips what is already published (before the slow part), anonymises the rest in parallel outside any
     * transaction, then stores the batch in one transaction, checking the fingerprints again for concurrent imports.
     */
    private long[] publish(List<SourceJudgment> batch, Options options, List<String> failed) {
        var fresh = new ArrayList<SourceJudgment>();
        var seen = new HashSet<String>(transactions.execute(status -> repository.findPublishedFingerprints(
                batch.stream().map(ImportJudgments::fingerprint).toList())));
        for (var source : batch) {
            if (seen.add(fingerprint(source))) {
                fresh.add(source);
            }
        }
        List<PublishedJudgmentEntity> prepared;
        try {
            // A parallel stream runs in the pool it is started from: this one has import-threads threads.
            prepared = anonymising
                    .submit(() -> fresh.parallelStream()
                            .map(source -> prepare(source, options, failed))
                            .filter(entity -> entity != null)
                            .toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Anonymising a batch failed", e.getCause());
        }
        giveWayToSearches();
        var stored = transactions.execute(status -> {
            var known = new HashSet<>(repository.findPublishedFingerprints(prepared.stream()
                    .map(PublishedJudgmentEntity::getFingerprint)
                    .toList()));
            long count = 0;
            for (var entity : prepared) {
                if (known.add(entity.getFingerprint())) {
                    entityManager.persist(entity);
                    count++;
                }
            }
            return count;
        });
        var published = stored == null ? 0 : stored;
        return new long[] {published, batch.size() - fresh.size() + (prepared.size() - published)};
    }

    private static String fingerprint(SourceJudgment source) {
        var caseNumber = source.caseNumber() != null
                ? source.caseNumber()
                : JudgmentHeaders.read(source.text(), CaseType::isKnown).caseNumber();
        return fingerprint(caseNumber, source.text());
    }

    /** Lets the searches being answered finish first (see {@link SearchesInFlight}). */
    private void giveWayToSearches() {
        try {
            searches.awaitNone(patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        }
    }

    private @Nullable PublishedJudgmentEntity prepare(SourceJudgment source, Options options, List<String> failed) {
        giveWayToSearches();
        try {
            var text = source.text();
            var header = JudgmentHeaders.read(text, CaseType::isKnown);
            var caseNumber = source.caseNumber() != null ? source.caseNumber() : header.caseNumber();
            var caseType = source.caseType() != null && CaseType.isKnown(source.caseType())
                    ? source.caseType()
                    : header.caseType();
            var anonymised = anonymiser.anonymise(new Judgment(
                    text,
                    new CaseType(anonymisationType(caseType, header.documentTitle())),
                    options.profile(),
                    List.of()));
            var court = courts.resolve(caseNumber, source.court() != null ? source.court() : header.courtName());
            var decidedOn = date(source.date(), header.decidedOn());
            var procedure = Procedure.of(caseType);
            var entity = new PublishedJudgmentEntity(UUID.randomUUID(), fingerprint(caseNumber, text), clock.instant());
            entity.setTitle(
                    source.title() != null ? source.title() : title(header.cause(), procedure, header.documentTitle()));
            entity.setCaseNumber(caseNumber);
            entity.setCourtCode(court.code());
            entity.setCourtName(court.name());
            entity.setCourtLevel(court.level() == null ? null : court.level().name());
            entity.setProvince(court.province());
            entity.setProvinceName(court.provinceName());
            entity.setDecidedOn(decidedOn);
            entity.setCaseYear(header.year() != null ? header.year() : decidedOn == null ? null : decidedOn.getYear());
            entity.setCaseType(caseType);
            entity.setDocumentType(header.documentType());
            entity.setProcedure(procedure.name());
            entity.setCause(header.cause());
            entity.setFullText(anonymised.text());
            entity.setCitedArticles(CitedArticles.in(anonymised.text()));
            entity.setProfile(options.profile().name());
            entity.setSource(options.source());
            return entity;
        } catch (RuntimeException e) {
            log.warn("Cannot publish line {} of {}", source.line(), options.source(), e);
            synchronized (failed) {
                failed.add("line " + source.line() + ": " + e.getMessage());
            }
            return null;
        }
    }

    /** The anonymiser needs a case type; without one, the branch printed in the title decides. */
    private static String anonymisationType(@Nullable String caseType, String documentTitle) {
        if (caseType != null && CaseType.isKnown(caseType)) {
            return caseType;
        }
        if (documentTitle.startsWith("刑事")) {
            return "刑初";
        }
        return documentTitle.startsWith("行政") ? "行初" : "民初";
    }

    /** As China Judgments Online titles them: cause, stage, document (盗窃罪一审刑事判决书). */
    static String title(@Nullable String cause, Procedure procedure, String documentTitle) {
        var stage = switch (procedure) {
            case FIRST_INSTANCE -> "一审";
            case SECOND_INSTANCE -> "二审";
            case RETRIAL -> "再审";
            case OTHER -> "";
        };
        return (cause == null ? "" : cause) + stage + documentTitle;
    }

    private static @Nullable LocalDate date(@Nullable String given, @Nullable LocalDate read) {
        if (given != null) {
            try {
                return LocalDate.parse(given.length() > 10 ? given.substring(0, 10) : given);
            } catch (DateTimeParseException notIso) {
                return read;
            }
        }
        return read;
    }

    static String fingerprint(@Nullable String caseNumber, String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((caseNumber == null ? "" : caseNumber).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
