package org.smartcourt.publication.application;

import java.util.Optional;
import java.util.UUID;
import org.smartcourt.publication.domain.PublishedRecord;
import org.smartcourt.publication.domain.PublishedRecords;
import org.smartcourt.publication.persistence.PublishedJudgmentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the public page of a published record shows besides the document: withdrawal and the dated notes. */
@Component
public class ReadPublicRecord {

    private final PublishedJudgmentRepository judgments;
    private final PublishedRecords records;

    ReadPublicRecord(PublishedJudgmentRepository judgments, PublishedRecords records) {
        this.judgments = judgments;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedRecord> of(UUID id) {
        return judgments
                .findById(id)
                .map(entity -> new PublishedRecord(
                        entity.getId(), entity.getFullText(), entity.getWithdrawnOn(), records.notices(id)));
    }
}
