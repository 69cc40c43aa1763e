package org.smartcourt.filing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A filing being prepared by its owner: the court chosen, the schema (type and version) it follows, the answers, the
 * complaint last generated, the attachments. Once submitted it records the case it opened and never changes again.
 */
public final class Draft {

    private final UUID id;
    private final String owner;
    private String court;
    private final String schemaId;
    private final int schemaVersion;
    private final Instant createdAt;
    private Answers answers;
    private DraftStatus status;
    private @Nullable UUID caseId;
    private @Nullable String complaintHash;
    private final List<Attachment> attachments;
    private Instant updatedAt;
    private @Nullable Instant submittedAt;
    private final long version;

    public Draft(
            UUID id,
            String owner,
            String court,
            String schemaId,
            int schemaVersion,
            Answers answers,
            DraftStatus status,
            @Nullable UUID caseId,
            @Nullable String complaintHash,
            List<Attachment> attachments,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant submittedAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.owner = Objects.requireNonNull(owner);
        this.court = Objects.requireNonNull(court);
        this.schemaId = Objects.requireNonNull(schemaId);
        this.schemaVersion = schemaVersion;
        this.answers = Objects.requireNonNull(answers);
        this.status = Objects.requireNonNull(status);
        this.caseId = caseId;
        this.complaintHash = complaintHash;
        this.attachments = new ArrayList<>(attachments);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.submittedAt = submittedAt;
        this.version = version;
    }

    public static Draft start(String owner, String court, ElementSchema schema, Instant now) {
        return new Draft(
                UUID.randomUUID(),
                owner,
                court,
                schema.id(),
                schema.version(),
                Answers.EMPTY,
                DraftStatus.DRAFT,
                null,
                null,
                List.of(),
                now,
                now,
                null,
                0);
    }

    public boolean isOwnedBy(String username) {
        return owner.equals(username);
    }

    public void answer(Answers changed, Instant now) {
        requireOpen();
        answers = changed;
        // A complaint generated from earlier answers no longer matches.
        complaintHash = null;
        updatedAt = now;
    }

    /** The filer chooses another court (the platform only suggests); a complaint generated before is addressed wrongly. */
    public void moveTo(String otherCourt, Instant now) {
        requireOpen();
        if (!court.equals(otherCourt)) {
            court = otherCourt;
            complaintHash = null;
            updatedAt = now;
        }
    }

    public void complaintGenerated(String hash, Instant now) {
        requireOpen();
        complaintHash = hash;
        updatedAt = now;
    }

    public void attach(Attachment attachment) {
        requireOpen();
        attachments.removeIf(
                existing -> existing.hash().equals(attachment.hash()) && existing.kind() == attachment.kind());
        attachments.add(attachment);
        updatedAt = attachment.addedAt();
    }

    public void submitted(UUID openedCase, Instant now) {
        requireOpen();
        status = DraftStatus.SUBMITTED;
        caseId = openedCase;
        submittedAt = now;
        updatedAt = now;
    }

    public boolean hasAttachment(AttachmentKind kind) {
        return attachments.stream().anyMatch(attachment -> attachment.kind() == kind);
    }

    private void requireOpen() {
        if (status != DraftStatus.DRAFT) {
            throw new DraftAlreadySubmitted(id);
        }
    }

    public UUID id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String court() {
        return court;
    }

    public String schemaId() {
        return schemaId;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public Answers answers() {
        return answers;
    }

    public DraftStatus status() {
        return status;
    }

    public @Nullable UUID caseId() {
        return caseId;
    }

    public @Nullable String complaintHash() {
        return complaintHash;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    /** The version it was loaded with; saving checks that nobody changed it meanwhile. */
    public long version() {
        return version;
    }
}
