package org.smartcourt.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.publication.anonymisation.Category;
import org.smartcourt.publication.anonymisation.ReviewerCorrection;
import org.smartcourt.publication.application.ApproveItem;
import org.smartcourt.publication.application.ChangePublishedJudgment;
import org.smartcourt.publication.application.CorrectItem;
import org.smartcourt.publication.application.ExcludeItem;
import org.smartcourt.publication.application.ReviewItem;
import org.smartcourt.publication.application.ShowPublicationQueue;
import org.smartcourt.publication.domain.ExclusionGround;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff API of the publication workflow; every item is checked against the caller's courts. */
@RestController
@RequestMapping("/api/v1/staff/publication")
@PreAuthorize("hasAnyRole('CLERK', 'PRESIDENT')")
@Tag(
        name = "Publication workflow",
        description = "Effective documents queued for publication on the internet (法释〔2016〕19号 Art. 3–7): review, "
                + "correct, approve or exclude; correct or withdraw what was published")
class PublicationQueueApiController {

    private final ShowPublicationQueue queue;
    private final ReviewItem reviewItem;
    private final CorrectItem correctItem;
    private final ApproveItem approveItem;
    private final ExcludeItem excludeItem;
    private final ChangePublishedJudgment changeJudgment;
    private final Clock clock;

    PublicationQueueApiController(
            ShowPublicationQueue queue,
            ReviewItem reviewItem,
            CorrectItem correctItem,
            ApproveItem approveItem,
            ExcludeItem excludeItem,
            ChangePublishedJudgment changeJudgment,
            Clock clock) {
        this.queue = queue;
        this.reviewItem = reviewItem;
        this.correctItem = correctItem;
        this.approveItem = approveItem;
        this.excludeItem = excludeItem;
        this.changeJudgment = changeJudgment;
        this.clock = clock;
    }

    /**
     * One correction: a span of the original (start, end) or a text (every occurrence).
     *
     * @param action MASK (hide what the machine missed, or give a span another replacement) or KEEP (undo a mask)
     * @param category PERSON (default), ORGANISATION, ID_NUMBER, PHONE, BANK_CARD, PLATE, EMAIL, PROPERTY_CERTIFICATE,
     *     ADDRESS
     * @param replacement what a masked span shows; empty for the automatic pseudonym (张某) or crosses
     */
    record CorrectionBody(
            @NotNull(message = "{publication.workflow.request.action.required}")
            ReviewerCorrection.Action action,

            @Nullable Integer start,
            @Nullable Integer end,
            @Nullable @Size(max = 200) String text,
            @Nullable Category category,

            @Nullable @Size(max = 50, message = "{publication.workflow.request.replacement.size}")
            String replacement) {}

    /** @param replaceAll replace every earlier correction with these (an empty list undoes them all) */
    record CorrectionsBody(
            @NotNull(message = "{publication.workflow.request.corrections.required}") @Size(max = 200)
            List<@Valid CorrectionBody> corrections,

            @Nullable Boolean replaceAll) {}

    /**
     * @param proposedSha256 the hash of the proposed text the reviewer saw: another text is not published (409)
     * @param necessity Art. 4(3) proviso: why a mediated case must be published all the same
     */
    record ApprovalBody(
            @Nullable String proposedSha256,
            @Nullable @Size(max = 500) String necessity) {}

    /**
     * @param ground STATE_SECRET, JUVENILE_CRIME, MEDIATION, DIVORCE_OR_CUSTODY or COURT_DECISION (Art. 4 (1)–(5))
     * @param reason published with the notice; required for COURT_DECISION
     * @param withholdNotice STATE_SECRET only: publish not even the notice (Art. 6)
     */
    record ExclusionBody(
            @NotNull(message = "{publication.workflow.request.ground.required}")
            ExclusionGround ground,

            @Nullable @Size(max = 500, message = "{publication.workflow.request.reason.size}")
            String reason,

            @Nullable Boolean withholdNotice) {}

    /** The published record and its public address. */
    record Decided(
            @Nullable UUID publishedJudgment, @Nullable String url) {

        static Decided of(@Nullable UUID id) {
            return new Decided(id, id == null ? null : "/judgments/" + id);
        }
    }

    record JudgmentCorrectionBody(
            @NotBlank(message = "{publication.workflow.request.text.required}") @Size(max = 500_000)
            String text,

            @NotBlank(message = "{publication.workflow.request.reason.required}")
            @Size(max = 500, message = "{publication.workflow.request.reason.size}")
            String reason) {}

    record WithdrawalBody(
            @NotBlank(message = "{publication.workflow.request.reason.required}")
            @Size(max = 500, message = "{publication.workflow.request.reason.size}")
            String reason) {}

    @GetMapping("/items")
    @Operation(
            summary = "List the publication queue",
            description = "The items of the caller's courts (or of one of them: court), awaiting review first, the "
                    + "nearest deadline first. status: AWAITING_REVIEW, PUBLISHED or EXCLUDED; overdue=true: only "
                    + "items past their deadline. Asking for another court's queue is 403.")
    List<WorkflowViews.ItemSummary> items(
            Authentication caller,
            @RequestParam(required = false) @Nullable String court,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "false") boolean overdue) {
        var shown = queue.show(
                caller.getName(),
                new ShowPublicationQueue.Filter(WorkflowViews.court(court), WorkflowViews.status(status), overdue));
        return shown.items().stream()
                .map(item -> WorkflowViews.summary(item, shown.today()))
                .toList();
    }

    @GetMapping("/items/{id}")
    @Operation(
            summary = "Show an item: the original and the proposed text",
            description = "The original text, the anonymised text proposed for publication with every redaction, "
                    + "and the corrections so far. Reading the original is audited. Another court's item is 404.")
    WorkflowViews.ItemDetail item(Authentication caller, @PathVariable String id) {
        return WorkflowViews.detail(
                reviewItem.review(WorkflowViews.id(id, false), caller.getName()), LocalDate.now(clock));
    }

    @PostMapping("/items/{id}/corrections")
    @Operation(
            summary = "Correct the anonymisation",
            description =
                    "Adds the corrections (or replaces all with replaceAll) and answers the item as it now reads.")
    WorkflowViews.ItemDetail correct(
            Authentication caller, @PathVariable String id, @Valid @RequestBody CorrectionsBody body) {
        var itemId = WorkflowViews.id(id, false);
        correctItem.correct(
                itemId,
                caller.getName(),
                body.corrections().stream()
                        .map(correction -> new CorrectItem.Request(
                                correction.action(),
                                correction.start(),
                                correction.end(),
                                correction.text(),
                                correction.category(),
                                correction.replacement()))
                        .toList(),
                Boolean.TRUE.equals(body.replaceAll()));
        return WorkflowViews.detail(reviewItem.review(itemId, caller.getName()), LocalDate.now(clock));
    }

    @PostMapping("/items/{id}/approval")
    @Operation(
            summary = "Approve: publish the anonymised text",
            description = "Publishes and indexes the proposed text. 409 when the item is decided already (send an "
                    + "Idempotency-Key to retry safely), when proposedSha256 no longer matches, or when an Art. 4 "
                    + "ground applies (problem member ground); Art. 4(3) yields to a stated necessity.")
    Decided approve(
            Authentication caller,
            @PathVariable String id,
            @Valid @RequestBody(required = false) @Nullable ApprovalBody body) {
        return Decided.of(approveItem.approve(
                WorkflowViews.id(id, false),
                caller.getName(),
                body == null ? null : body.proposedSha256(),
                body == null ? null : body.necessity()));
    }

    @PostMapping("/items/{id}/exclusion")
    @Operation(
            summary = "Exclude under Art. 4: publish only the notice",
            description = "Publishes the case number, court, date and reason (Art. 6) instead of the document; with "
                    + "withholdNotice (state secrets only) nothing is published.")
    Decided exclude(Authentication caller, @PathVariable String id, @Valid @RequestBody ExclusionBody body) {
        return Decided.of(excludeItem.exclude(
                WorkflowViews.id(id, false),
                caller.getName(),
                body.ground(),
                body.reason(),
                Boolean.TRUE.equals(body.withholdNotice())));
    }

    @PostMapping("/judgments/{id}/correction")
    @Operation(
            summary = "Correct a published judgment",
            description = "Replaces its published text; the page shows a dated note with the reason. A reviewer of "
                    + "another court gets 404.")
    Decided correctJudgment(
            Authentication caller, @PathVariable String id, @Valid @RequestBody JudgmentCorrectionBody body) {
        var judgment = WorkflowViews.id(id, true);
        changeJudgment.correct(judgment, caller.getName(), body.text(), body.reason());
        return Decided.of(judgment);
    }

    @PostMapping("/judgments/{id}/withdrawal")
    @Operation(
            summary = "Withdraw a published judgment",
            description = "It leaves the search; its address shows a dated note with the reason (HTTP 410).")
    Decided withdrawJudgment(Authentication caller, @PathVariable String id, @Valid @RequestBody WithdrawalBody body) {
        var judgment = WorkflowViews.id(id, true);
        changeJudgment.withdraw(judgment, caller.getName(), body.reason());
        return Decided.of(judgment);
    }
}
