package org.smartcourt.publication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.publication.anonymisation.Redaction;
import org.smartcourt.publication.application.PublicationProblem;
import org.smartcourt.publication.application.ReviewItem;
import org.smartcourt.publication.domain.ExclusionGround;
import org.smartcourt.publication.domain.ItemStatus;
import org.smartcourt.publication.domain.PublicationItem;
import org.smartcourt.shared.CourtCode;

/** The publication queue and the review as the staff pages and the API show them. */
final class WorkflowViews {

    private WorkflowViews() {}

    /**
     * An item of the queue.
     *
     * @param periodStart the day the 7 working days run from: the document's effect, or the second instance's
     * @param daysLeft calendar days to the deadline; negative when overdue
     * @param requiredExclusion the Art. 4 ground that certainly applies, if any
     * @param groundsToCheck Art. 4 grounds the text suggests the reviewer check
     * @param publishedJudgment the published text or notice, once decided
     */
    record ItemSummary(
            UUID id,
            UUID caseId,
            String court,
            @Nullable String caseNumber,
            String title,
            String kind,
            LocalDate decidedOn,
            LocalDate periodStart,
            boolean afterAppeal,
            LocalDate deadline,
            long daysLeft,
            boolean overdue,
            String status,
            @Nullable String requiredExclusion,
            List<String> groundsToCheck,
            @Nullable UUID publishedJudgment) {}

    /**
     * An item with its original text beside the text proposed for publication.
     *
     * @param original the document's text: court staff only, reading it is audited
     * @param corrections the reviewer's corrections so far (stage d of the anonymiser)
     */
    record ItemDetail(
            ItemSummary item,
            String profile,
            String original,
            Proposed proposed,
            List<CorrectionView> corrections,
            @Nullable String exclusionGround,
            @Nullable String exclusionReason,
            boolean noticeWithheld,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {}

    /**
     * @param sha256 quote it when approving, so that only this text is published
     * @param redactions offsets into the original text (UTF-16 code units)
     */
    record Proposed(String text, String sha256, List<RedactionView> redactions) {}

    record RedactionView(int start, int end, String original, String replacement, String category, String rule) {}

    record CorrectionView(
            int start, int end, String action, String category, String replacement, String madeBy, Instant madeAt) {}

    /** A stretch of text for the side-by-side page: plain, or marked as replaced (with its number in the table). */
    record Segment(String text, boolean marked, int number) {}

    static ItemSummary summary(PublicationItem item, LocalDate today) {
        var deadline = item.deadline();
        var overdue = item.status() == ItemStatus.AWAITING_REVIEW && deadline.isOverdue(today);
        var applies = item.assessment().applies();
        return new ItemSummary(
                item.id(),
                item.caseId().value(),
                item.court().value(),
                item.caseNumber(),
                item.title(),
                item.kind().name(),
                item.decidedOn(),
                deadline.periodStart(),
                deadline.afterAppeal(),
                deadline.due(),
                deadline.daysLeft(today),
                overdue,
                item.status().name(),
                applies == null ? null : applies.name(),
                item.assessment().toCheck().stream().map(Enum::name).sorted().toList(),
                item.publishedJudgmentId());
    }

    static ItemDetail detail(ReviewItem.Review review, LocalDate today) {
        var item = review.item();
        var original = item.originalText();
        var redactions = review.proposed().redactions().stream()
                .map(redaction -> new RedactionView(
                        redaction.start(),
                        redaction.end(),
                        original.substring(redaction.start(), redaction.end()),
                        redaction.replacement(),
                        redaction.category().name(),
                        redaction.rule()))
                .toList();
        var ground = item.exclusionGround();
        return new ItemDetail(
                summary(item, today),
                item.profile().name(),
                original,
                new Proposed(review.proposed().text(), review.proposedSha256(), redactions),
                item.corrections().stream()
                        .map(correction -> new CorrectionView(
                                correction.start(),
                                correction.end(),
                                correction.action().name(),
                                correction.category().name(),
                                correction.replacement(),
                                correction.madeBy(),
                                correction.madeAt()))
                        .toList(),
                ground == null ? null : ground.name(),
                item.exclusionReason(),
                item.noticeWithheld(),
                item.decidedBy(),
                item.decidedAt());
    }

    /** The original text cut at the redactions: the replaced spans marked and numbered from 1. */
    static List<Segment> originalSegments(String original, List<Redaction> redactions) {
        var segments = new ArrayList<Segment>();
        var position = 0;
        var number = 0;
        for (var redaction : redactions) {
            number++;
            if (redaction.start() > position) {
                segments.add(new Segment(original.substring(position, redaction.start()), false, 0));
            }
            segments.add(new Segment(original.substring(redaction.start(), redaction.end()), true, number));
            position = redaction.end();
        }
        if (position < original.length()) {
            segments.add(new Segment(original.substring(position), false, 0));
        }
        return segments;
    }

    /** The proposed text as the same stretches, each replaced span showing its replacement. */
    static List<Segment> proposedSegments(String original, List<Redaction> redactions) {
        var segments = new ArrayList<Segment>();
        var position = 0;
        var number = 0;
        for (var redaction : redactions) {
            number++;
            if (redaction.start() > position) {
                segments.add(new Segment(original.substring(position, redaction.start()), false, 0));
            }
            segments.add(new Segment(redaction.replacement(), true, number));
            position = redaction.end();
        }
        if (position < original.length()) {
            segments.add(new Segment(original.substring(position), false, 0));
        }
        return segments;
    }

    static UUID id(String text, boolean judgment) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            throw judgment ? PublicationProblem.judgmentNotFound(text) : PublicationProblem.itemNotFound(text);
        }
    }

    static @Nullable CourtCode court(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!CourtCode.isValid(text)) {
            throw PublicationProblem.invalid("court", text);
        }
        return CourtCode.of(text);
    }

    static @Nullable ItemStatus status(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ItemStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw PublicationProblem.invalid("status", text);
        }
    }

    static ExclusionGround ground(@Nullable String text) {
        try {
            return ExclusionGround.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw PublicationProblem.invalid("ground", String.valueOf(text));
        }
    }
}
