package org.smartcourt.publication.search;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.smartcourt.publication.persistence.PublishedJudgmentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads one published judgment, and finds judgments like it. */
@Component
public class PublishedJudgments {

    private static final int SIMILAR = 5;

    private final PublishedJudgmentRepository repository;
    private final EntityManager entityManager;

    PublishedJudgments(PublishedJudgmentRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedJudgment> find(UUID id) {
        return repository.findById(id).map(PublishedJudgments::view);
    }

    /**
     * Judgments like this one: Hibernate Search 8.2 has no more-like-this predicate, so likeness is the same cause
     * of action, the same cited articles and the words of the title, scored together.
     */
    @Transactional(readOnly = true)
    public List<SearchResults.Hit> similarTo(PublishedJudgment judgment) {
        var hits = Search.session(entityManager)
                .search(PublishedJudgmentEntity.class)
                .select(f -> f.composite()
                        .from(
                                f.id(UUID.class),
                                f.field("title", String.class),
                                f.field("caseNumber", String.class),
                                f.field("court", String.class),
                                f.field("decidedOn", LocalDate.class))
                        .asList())
                .where(f -> f.bool(b -> {
                    b.mustNot(f.id().matching(judgment.id()));
                    if (judgment.cause() != null) {
                        b.should(f.match()
                                .field("cause")
                                .matching(judgment.cause())
                                .boost(3f));
                    }
                    for (var article : judgment.citedArticles()) {
                        b.should(f.match().field("article").matching(article));
                    }
                    b.should(f.match().field("title").matching(judgment.title()));
                    b.minimumShouldMatchNumber(1);
                }))
                .totalHitCountThreshold(SIMILAR) // no total needed: the engine may skip what cannot rank
                .fetchHits(SIMILAR);
        var similar = new ArrayList<SearchResults.Hit>();
        for (var row : hits) {
            similar.add(new SearchResults.Hit(
                    (UUID) row.get(0),
                    (String) row.get(1),
                    (String) row.get(2),
                    (String) row.get(3),
                    (LocalDate) row.get(4),
                    ""));
        }
        return similar;
    }

    private static PublishedJudgment view(PublishedJudgmentEntity entity) {
        return new PublishedJudgment(
                entity.getId(),
                entity.getTitle(),
                entity.getCaseNumber(),
                entity.getCourtCode(),
                entity.getCourtName(),
                entity.getCourtLevel(),
                entity.getProvinceName(),
                entity.getDecidedOn(),
                entity.getCaseYear(),
                entity.getCaseType(),
                entity.getDocumentType(),
                entity.getProcedure(),
                entity.getCause(),
                entity.getFullText(),
                List.copyOf(entity.getCitedArticles()),
                entity.getProfile(),
                entity.getPublishedAt());
    }
}
