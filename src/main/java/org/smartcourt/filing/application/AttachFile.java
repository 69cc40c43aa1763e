package org.smartcourt.filing.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smartcourt.documents.Documents;
import org.smartcourt.filing.domain.Attachment;
import org.smartcourt.filing.domain.AttachmentKind;
import org.smartcourt.filing.domain.ConcurrentDraftChange;
import org.smartcourt.filing.domain.DraftStatus;
import org.smartcourt.filing.domain.Drafts;
import org.smartcourt.filing.domain.FileKind;
import org.smartcourt.filing.domain.Label;
import org.smartcourt.filing.domain.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaches a file to a draft: PDF, JPEG or PNG recognised by content, not larger than the configured limit, stored once
 * by its SHA-256 in the document store.
 */
@Component
public class AttachFile {

    private static final Label FILE = new Label("附件", "File");

    private final DraftAccess access;
    private final Drafts drafts;
    private final Documents documents;
    private final FilingProperties properties;
    private final Clock clock;

    AttachFile(DraftAccess access, Drafts drafts, Documents documents, FilingProperties properties, Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.documents = documents;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Attachment attach(UUID id, String user, byte[] content, String fileName, AttachmentKind kind) {
        var draft = access.load(id, user, "filing.attachment.added");
        if (draft.status() != DraftStatus.DRAFT) {
            throw FilingProblems.alreadySubmitted(id);
        }
        if (content.length == 0) {
            throw new ElementsRejected(List.of(Violation.of("file", "filing.error.attachment.empty", FILE)));
        }
        var limit = properties.maxAttachmentSize();
        if (content.length > limit.toBytes()) {
            throw new ElementsRejected(
                    List.of(Violation.of("file", "filing.error.attachment.size", FILE, limit.toMegabytes() + " MB")));
        }
        var type = FileKind.of(content)
                .orElseThrow(() ->
                        new ElementsRejected(List.of(Violation.of("file", "filing.error.attachment.type", FILE))));
        var name = safeName(fileName, type);
        var hash = documents.store(
                content,
                name,
                "filing-" + kind.name().toLowerCase(java.util.Locale.ROOT),
                user,
                type.mediaType(),
                null);
        var attachment = new Attachment(hash.value(), kind, name, type.mediaType(), content.length, clock.instant());
        var loaded = draft.version();
        draft.attach(attachment);
        try {
            drafts.save(draft, loaded);
        } catch (ConcurrentDraftChange e) {
            throw FilingProblems.changedMeanwhile(id);
        }
        return attachment;
    }

    /** Keeps the name for people to recognise, without paths or control characters, and never longer than 120. */
    static String safeName(String fileName, FileKind type) {
        var base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"<>]", "");
        base = base.strip();
        if (base.isEmpty()) {
            base = "attachment." + type.extension();
        }
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}
