package org.smartcourt.documents.persistence;

import java.util.Optional;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.domain.DocumentCatalogue;
import org.smartcourt.documents.domain.DocumentRecord;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JpaDocumentCatalogue implements DocumentCatalogue {

    private final DocumentEntities entities;

    JpaDocumentCatalogue(DocumentEntities entities) {
        this.entities = entities;
    }

    @Override
    @Transactional
    public DocumentRecord add(DocumentRecord record) {
        return entities.findById(record.hash().value())
                .map(DocumentEntity::toRecord)
                .orElseGet(() -> entities.save(DocumentEntity.of(record)).toRecord());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentRecord> find(DocumentHash hash) {
        return entities.findById(hash.value()).map(DocumentEntity::toRecord);
    }
}
