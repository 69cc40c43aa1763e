package org.smartcourt.documents.persistence;

import java.util.Optional;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.domain.SealRecord;
import org.smartcourt.documents.domain.SealRegister;
import org.smartcourt.documents.domain.VerificationCode;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JpaSealRegister implements SealRegister {

    private final SealedDocumentEntities entities;

    JpaSealRegister(SealedDocumentEntities entities) {
        this.entities = entities;
    }

    @Override
    @Transactional
    public boolean add(SealRecord record) {
        if (entities.existsById(record.code().value())) {
            return false;
        }
        entities.save(SealedDocumentEntity.of(record));
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SealRecord> find(VerificationCode code) {
        return entities.findById(code.value()).map(SealedDocumentEntity::toRecord);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SealRecord> find(DocumentHash hash) {
        return entities.findByHash(hash.value()).map(SealedDocumentEntity::toRecord);
    }
}
