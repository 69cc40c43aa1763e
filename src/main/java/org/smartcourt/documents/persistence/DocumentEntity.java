package org.smartcourt.documents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.domain.DocumentRecord;
import org.springframework.data.domain.Persistable;

/** A row of {@code document}; written once, never updated (a trigger refuses updates). */
@Entity
@Table(name = "document")
class DocumentEntity implements Persistable<String> {

    @Id
    private String hash;

    private String title;

    @Column(name = "document_type")
    private String documentType;

    private String issuer;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long size;

    @Column(name = "case_reference")
    private @Nullable String caseReference;

    @Column(name = "created_at")
    private Instant createdAt;

    @Transient
    private boolean fresh;

    protected DocumentEntity() {
        this.hash = "";
        this.title = "";
        this.documentType = "";
        this.issuer = "";
        this.mediaType = "";
        this.createdAt = Instant.EPOCH;
    }

    static DocumentEntity of(DocumentRecord record) {
        var entity = new DocumentEntity();
        entity.hash = record.hash().value();
        entity.title = record.title();
        entity.documentType = record.documentType();
        entity.issuer = record.issuer();
        entity.mediaType = record.mediaType();
        entity.size = record.size();
        entity.caseReference = record.caseReference();
        entity.createdAt = record.createdAt();
        entity.fresh = true;
        return entity;
    }

    DocumentRecord toRecord() {
        return new DocumentRecord(
                new DocumentHash(hash), title, documentType, issuer, mediaType, size, caseReference, createdAt);
    }

    @Override
    public String getId() {
        return hash;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }
}
