package org.smartcourt.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.CaseId;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.publication.anonymisation.Profile;
import org.smartcourt.shared.CourtCode;

/**
 * An effective document in the publication queue of its court: its original text, the deadline of Art. 7, what the
 * exclusion rules found, the reviewer's corrections, and the decision — published in full, or excluded under Art. 4
 * with only the notice of Art. 6 published.
 */
public final class PublicationItem {

    private final UUID id;
    private final UUID decisionId;
    private final CaseId caseId;
    private final CourtCode court;
    private final @Nullable String caseNumber;
    private final String caseType;
    private final @Nullable String cause;
    private final DecisionKind kind;
    private final String title;
    private final String documentHash;
    private final LocalDate decidedOn;
    private final PublicationDeadline deadline;
    private final String originalText;
    private final Profile profile;
    private final ExclusionAssessment assessment;
    private final Instant queuedAt;
    private ItemStatus status;
    private final List<Correction> corrections;
    private @Nullable ExclusionGround exclusionGround;
    private @Nullable String exclusionReason;
    private boolean noticeWithheld;
    private @Nullable String necessity;
    private @Nullable UUID publishedJudgmentId;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private final long version;

    /** Restores an item as stored; new items come from {@link #queue}. */
    public PublicationItem(
            UUID id,
            UUID decisionId,
            CaseId caseId,
            CourtCode court,
            @Nullable String caseNumber,
            String caseType,
            @Nullable String cause,
            DecisionKind kind,
            String title,
            String documentHash,
            LocalDate decidedOn,
            PublicationDeadline deadline,
            String originalText,
            Profile profile,
            ExclusionAssessment assessment,
            Instant queuedAt,
            ItemStatus status,
            List<Correction> corrections,
            @Nullable ExclusionGround exclusionGround,
            @Nullable String exclusionReason,
            boolean noticeWithheld,
            @Nullable String necessity,
            @Nullable UUID publishedJudgmentId,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.decisionId = Objects.requireNonNull(decisionId);
        this.caseId = Objects.requireNonNull(caseId);
        this.court = Objects.requireNonNull(court);
        this.caseNumber = caseNumber;
        this.caseType = Objects.requireNonNull(caseType);
        this.cause = cause;
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.documentHash = Objects.requireNonNull(documentHash);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.deadline = Objects.requireNonNull(deadline);
        this.originalText = Objects.requireNonNull(originalText);
        this.profile = Objects.requireNonNull(profile);
        this.assessment = Objects.requireNonNull(assessment);
        this.queuedAt = Objects.requireNonNull(queuedAt);
        this.status = Objects.requireNonNull(status);
        this.corrections = new ArrayList<>(corrections);
        this.exclusionGround = exclusionGround;
        this.exclusionReason = exclusionReason;
        this.noticeWithheld = noticeWithheld;
        this.necessity = necessity;
        this.publishedJudgmentId = publishedJudgmentId;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.version = version;
    }

    /** A document that took effect, queued for review. */
    public static PublicationItem queue(
            UUID id,
            UUID decisionId,
            CaseId caseId,
            CourtCode court,
            @Nullable String caseNumber,
            String caseType,
            @Nullable String cause,
            DecisionKind kind,
            String title,
            String documentHash,
            LocalDate decidedOn,
            PublicationDeadline deadline,
            String originalText,
            Profile profile,
            Instant at) {
        var assessment = ExclusionRules.assess(new DocumentFacts(kind, caseType, cause, originalText));
        return new PublicationItem(
                id,
                decisionId,
                caseId,
                court,
                caseNumber,
                caseType,
                cause,
                kind,
                title,
                documentHash,
                decidedOn,
                deadline,
                originalText,
                profile,
                assessment,
                at,
                ItemStatus.AWAITING_REVIEW,
                List.of(),
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                0);
    }

    /**
     * Adds the reviewer's corrections (or replaces all of them); a correction already there is not added twice.
     *
     * @throws IllegalArgumentException when a correction lies outside the original text
     */
    public void correct(List<Correction> added, boolean replaceAll) {
        checkReviewable();
        for (var correction : added) {
            if (correction.end() > originalText.length()) {
                throw new IllegalArgumentException("A correction lies outside the text");
            }
        }
        if (replaceAll) {
            corrections.clear();
        }
        for (var correction : added) {
            if (corrections.stream().noneMatch(correction::sameAs)) {
                corrections.add(correction);
            }
        }
    }

    /**
     * Publishes the reviewed text. A ground of Art. 4 that applies forbids it, except Art. 4(3) when the reviewer
     * states why publication is really necessary.
     */
    public void approve(@Nullable String necessityStated, UUID publishedId, String reviewer, Instant at) {
        checkReviewable();
        var ground = assessment.applies();
        var stated = necessityStated == null || necessityStated.isBlank() ? null : necessityStated.strip();
        if (ground != null && !(ground.yieldsToNecessity() && stated != null)) {
            throw new ExcludedByLaw(ground);
        }
        status = ItemStatus.PUBLISHED;
        necessity = ground == null ? null : stated;
        publishedJudgmentId = Objects.requireNonNull(publishedId);
        decidedBy = reviewer;
        decidedAt = at;
    }

    /**
     * Excludes the document under Art. 4; {@code noticeId} is the published notice of Art. 6, null when even the
     * notice is withheld (a state secret).
     */
    public NonPublicationNotice exclude(
            ExclusionGround ground,
            @Nullable String reason,
            boolean withholdNotice,
            String courtName,
            @Nullable UUID noticeId,
            String reviewer,
            Instant at) {
        checkReviewable();
        if (withholdNotice && !ground.noticeMayBeWithheld()) {
            throw new IllegalArgumentException("Only a notice that would itself leak a state secret is withheld");
        }
        if (withholdNotice == (noticeId != null)) {
            throw new IllegalArgumentException("A notice is published unless it is withheld");
        }
        var notice = new NonPublicationNotice(caseNumber, courtName, decidedOn, ground, reason);
        status = ItemStatus.EXCLUDED;
        exclusionGround = ground;
        exclusionReason = notice.reason();
        noticeWithheld = withholdNotice;
        publishedJudgmentId = noticeId;
        decidedBy = reviewer;
        decidedAt = at;
        return notice;
    }

    private void checkReviewable() {
        if (status != ItemStatus.AWAITING_REVIEW) {
            throw new ItemNotReviewable(status);
        }
    }

    /** The grounds the reviewer is asked to consider: the one that applies first, then those to check. */
    public Set<ExclusionGround> groundsToConsider() {
        var grounds = new java.util.LinkedHashSet<ExclusionGround>();
        if (assessment.applies() != null) {
            grounds.add(assessment.applies());
        }
        grounds.addAll(assessment.toCheck());
        return grounds;
    }

    public UUID id() {
        return id;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public CaseId caseId() {
        return caseId;
    }

    public CourtCode court() {
        return court;
    }

    public @Nullable String caseNumber() {
        return caseNumber;
    }

    public String caseType() {
        return caseType;
    }

    public @Nullable String cause() {
        return cause;
    }

    public DecisionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String documentHash() {
        return documentHash;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public PublicationDeadline deadline() {
        return deadline;
    }

    public String originalText() {
        return originalText;
    }

    public Profile profile() {
        return profile;
    }

    public ExclusionAssessment assessment() {
        return assessment;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public ItemStatus status() {
        return status;
    }

    public List<Correction> corrections() {
        return List.copyOf(corrections);
    }

    public @Nullable ExclusionGround exclusionGround() {
        return exclusionGround;
    }

    public @Nullable String exclusionReason() {
        return exclusionReason;
    }

    public boolean noticeWithheld() {
        return noticeWithheld;
    }

    public @Nullable String necessity() {
        return necessity;
    }

    public @Nullable UUID publishedJudgmentId() {
        return publishedJudgmentId;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    /** The version the item was loaded at, for optimistic locking. */
    public long version() {
        return version;
    }
}
