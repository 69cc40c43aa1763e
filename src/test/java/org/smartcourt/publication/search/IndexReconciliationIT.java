package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.smartcourt.publication.PublishedCorpus;
import org.smartcourt.publication.importing.ImportJudgments;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.smartcourt.publication.persistence.PublishedJudgmentRepository;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@CourtIntegrationTest
class IndexReconciliationIT {

    @Autowired
    ImportJudgments importing;

    @Autowired
    IndexReconciliation reconciliation;

    @Autowired
    PublishedJudgmentRepository judgments;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anIndexThatLostItsJudgmentsIsRebuiltFromTheDatabaseWhenTheNodeStarts() {
        PublishedCorpus.ensurePublished(importing);
        var stored = judgments.countByWithdrawnOnIsNull();
        var workspace = Search.mapping(entityManagerFactory)
                .scope(PublishedJudgmentEntity.class)
                .workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(indexed()).isZero();

        reconciliation.reconcile();

        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> indexed() == stored);
        assertThat(stored).isGreaterThanOrEqualTo(PublishedCorpus.SIZE);
    }

    private long indexed() {
        return transactions.execute(status -> Search.session(entityManager)
                .search(PublishedJudgmentEntity.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
    }
}
