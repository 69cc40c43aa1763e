package org.smartcourt.documents.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SealedDocumentEntities extends JpaRepository<SealedDocumentEntity, String> {

    Optional<SealedDocumentEntity> findByHash(String hash);
}
