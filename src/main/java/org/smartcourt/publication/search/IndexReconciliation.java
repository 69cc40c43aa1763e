package org.smartcourt.publication.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.smartcourt.publication.persistence.PublishedJudgmentRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database is the record; the index can be rebuilt from it. When a node starts and the index does not hold as
 * many judgments as the database has not withdrawn (a lost or new index directory, a restored database), it is
 * rebuilt: at once when there are none, in the background otherwise.
 */
@Component
class IndexReconciliation {

    private static final Logger log = LoggerFactory.getLogger(IndexReconciliation.class);

    private final EntityManager entityManager;
    private final PublishedJudgmentRepository repository;
    private final TransactionTemplate transactions;
    private final SearchProperties properties;

    IndexReconciliation(
            EntityManager entityManager,
            PublishedJudgmentRepository repository,
            TransactionTemplate transactions,
            SearchProperties properties) {
        this.entityManager = entityManager;
        this.repository = repository;
        this.transactions = transactions;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reconcile() {
        transactions.executeWithoutResult(status -> {
            var session = Search.session(entityManager);
            var indexed = session.search(PublishedJudgmentEntity.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            var stored = repository.countByWithdrawnOnIsNull();
            if (indexed == stored) {
                return;
            }
            log.info("The judgment index holds {} judgments, the database {}: rebuilding the index", indexed, stored);
            var reindex = properties.reindex();
            var indexer = session.massIndexer(PublishedJudgmentEntity.class)
                    .threadsToLoadObjects(reindex.threads())
                    .batchSizeToLoadObjects(reindex.batchSize())
                    .idFetchSize(1000)
                    .mergeSegmentsOnFinish(reindex.mergeSegments());
            if (stored == 0) {
                try {
                    indexer.startAndWait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                indexer.start().whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.error("Rebuilding the judgment index failed", failure);
                    } else {
                        log.info("The judgment index is rebuilt");
                    }
                });
            }
        });
    }
}
