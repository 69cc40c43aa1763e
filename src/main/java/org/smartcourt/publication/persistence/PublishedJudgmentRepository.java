package org.smartcourt.publication.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Published judgments by id; which fingerprints are already published; how many are not withdrawn. */
public interface PublishedJudgmentRepository extends JpaRepository<PublishedJudgmentEntity, UUID> {

    @Query("select j.fingerprint from PublishedJudgmentEntity j where j.fingerprint in :fingerprints")
    List<String> findPublishedFingerprints(Collection<String> fingerprints);

    /** How many judgments the index should hold: the withdrawn ones are not indexed. */
    long countByWithdrawnOnIsNull();
}
