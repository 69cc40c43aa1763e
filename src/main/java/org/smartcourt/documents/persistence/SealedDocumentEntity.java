package org.smartcourt.documents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.domain.SealRecord;
import org.smartcourt.documents.domain.VerificationCode;
import org.smartcourt.shared.CourtCode;
import org.springframework.data.domain.Persistable;

/** A row of {@code sealed_document}; written once, never updated. */
@Entity
@Table(name = "sealed_document")
class SealedDocumentEntity implements Persistable<String> {

    @Id
    @Column(name = "verification_code")
    private String code;

    private String hash;

    @Column(name = "court_code")
    private String court;

    @Column(name = "court_name")
    private String courtName;

    private String title;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    @Transient
    private boolean fresh;

    protected SealedDocumentEntity() {
        this.code = "";
        this.hash = "";
        this.court = "";
        this.courtName = "";
        this.title = "";
        this.sealedAt = Instant.EPOCH;
    }

    static SealedDocumentEntity of(SealRecord record) {
        var entity = new SealedDocumentEntity();
        entity.code = record.code().value();
        entity.hash = record.hash().value();
        entity.court = record.court().value();
        entity.courtName = record.courtName();
        entity.title = record.title();
        entity.sealedAt = record.sealedAt();
        entity.fresh = true;
        return entity;
    }

    SealRecord toRecord() {
        return new SealRecord(
                new VerificationCode(code), new DocumentHash(hash), CourtCode.of(court), courtName, title, sealedAt);
    }

    @Override
    public String getId() {
        return code;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }
}
