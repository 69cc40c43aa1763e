package org.smartcourt.publication.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A judgment as published: metadata, the anonymised text and where it came from. Indexed for full-text search with
 * the Chinese analyzer; the metadata are keyword fields for filters and facet counts. A withdrawn judgment is not
 * indexed ({@link WithdrawnLeaveTheIndex}); its row stays for the withdrawal note at its address.
 */
@Entity
@Table(name = "published_judgment")
@Indexed(index = "published_judgment", routingBinder = @RoutingBinderRef(type = WithdrawnLeaveTheIndex.class))
public class PublishedJudgmentEntity {

    /** Analyzer for Chinese text: smartcn word segmentation on Lucene, the smartcn plugin on OpenSearch. */
    public static final String CHINESE = "chinese";

    /**
     * Overlapping character pairs (CJK bigrams): recall where word segmentation is inconsistent (smartcn reads 盗窃罪
     * as one word in 因盗窃罪 but as 盗窃|罪 in 犯盗窃罪), exact substring phrases, and the highlighted snippets.
     */
    public static final String CHINESE_BIGRAM = "chinese_bigram";

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String fingerprint;

    @Column(nullable = false)
    @FullTextField(analyzer = CHINESE, projectable = Projectable.YES)
    @FullTextField(name = "titleBigram", analyzer = CHINESE_BIGRAM)
    private String title;

    @Column(name = "case_number")
    @KeywordField(projectable = Projectable.YES)
    private @Nullable String caseNumber;

    @Column(name = "court_code")
    @KeywordField
    private @Nullable String courtCode;

    @Column(name = "court_name", nullable = false)
    @KeywordField(name = "court", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String courtName;

    @Column(name = "court_level")
    @KeywordField(name = "level", aggregable = Aggregable.YES)
    private @Nullable String courtLevel;

    @Column
    @KeywordField(name = "provinceCode")
    private @Nullable String province;

    @Column(name = "province_name")
    @KeywordField(name = "province", aggregable = Aggregable.YES)
    private @Nullable String provinceName;

    @Column(name = "decided_on")
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private @Nullable LocalDate decidedOn;

    @Column(name = "case_year")
    @GenericField(name = "year", aggregable = Aggregable.YES)
    private @Nullable Integer caseYear;

    @Column(name = "case_type")
    @KeywordField(aggregable = Aggregable.YES)
    private @Nullable String caseType;

    @Column(name = "document_type", nullable = false)
    @KeywordField(aggregable = Aggregable.YES)
    private String documentType;

    @Column(nullable = false)
    @KeywordField(aggregable = Aggregable.YES)
    private String procedure;

    @Column
    @KeywordField(aggregable = Aggregable.YES)
    private @Nullable String cause;

    @Column(name = "full_text", nullable = false)
    @FullTextField(name = "text", analyzer = CHINESE)
    @FullTextField(
            name = "textBigram",
            analyzer = CHINESE_BIGRAM,
            projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    private String fullText;

    @Column(name = "cited_articles", nullable = false)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(name = "article", aggregable = Aggregable.YES)
    private List<String> citedArticles;

    @Column(nullable = false)
    private String profile;

    @Column(nullable = false)
    private String source;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected PublishedJudgmentEntity() {}

    @SuppressWarnings("NullAway.Init")
    public PublishedJudgmentEntity(UUID id, String fingerprint, Instant publishedAt) {
        this.id = id;
        this.fingerprint = fingerprint;
        this.publishedAt = publishedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(@Nullable String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public @Nullable String getCourtCode() {
        return courtCode;
    }

    public void setCourtCode(@Nullable String courtCode) {
        this.courtCode = courtCode;
    }

    public String getCourtName() {
        return courtName;
    }

    public void setCourtName(String courtName) {
        this.courtName = courtName;
    }

    public @Nullable String getCourtLevel() {
        return courtLevel;
    }

    public void setCourtLevel(@Nullable String courtLevel) {
        this.courtLevel = courtLevel;
    }

    public @Nullable String getProvince() {
        return province;
    }

    public void setProvince(@Nullable String province) {
        this.province = province;
    }

    public @Nullable String getProvinceName() {
        return provinceName;
    }

    public void setProvinceName(@Nullable String provinceName) {
        this.provinceName = provinceName;
    }

    public @Nullable LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(@Nullable LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public @Nullable Integer getCaseYear() {
        return caseYear;
    }

    public void setCaseYear(@Nullable Integer caseYear) {
        this.caseYear = caseYear;
    }

    public @Nullable String getCaseType() {
        return caseType;
    }

    public void setCaseType(@Nullable String caseType) {
        this.caseType = caseType;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public @Nullable String getCause() {
        return cause;
    }

    public void setCause(@Nullable String cause) {
        this.cause = cause;
    }

    public String getFullText() {
        return fullText;
    }

    public void setFullText(String fullText) {
        this.fullText = fullText;
    }

    public List<String> getCitedArticles() {
        return citedArticles;
    }

    public void setCitedArticles(List<String> citedArticles) {
        this.citedArticles = List.copyOf(citedArticles);
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    // Publication workflow: withdrawal. Not an index field; it only decides whether the judgment is indexed.

    @Column(name = "withdrawn_on")
    private @Nullable LocalDate withdrawnOn;

    public @Nullable LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(@Nullable LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }
}
