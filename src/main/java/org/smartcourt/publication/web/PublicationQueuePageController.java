package org.smartcourt.publication.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
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
import org.smartcourt.publication.domain.ItemStatus;
import org.smartcourt.publication.search.PublishedJudgments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's pages of the publication workflow: the queue with its deadlines, the side-by-side review with the
 * corrections and the decision, and the correction or withdrawal of a published judgment.
 */
@Controller
@RequestMapping("/staff/publication")
@PreAuthorize("hasAnyRole('CLERK', 'PRESIDENT')")
class PublicationQueuePageController {

    private final ShowPublicationQueue queue;
    private final ReviewItem reviewItem;
    private final CorrectItem correctItem;
    private final ApproveItem approveItem;
    private final ExcludeItem excludeItem;
    private final ChangePublishedJudgment changeJudgment;
    private final PublishedJudgments judgments;
    private final Clock clock;

    PublicationQueuePageController(
            ShowPublicationQueue queue,
            ReviewItem reviewItem,
            CorrectItem correctItem,
            ApproveItem approveItem,
            ExcludeItem excludeItem,
            ChangePublishedJudgment changeJudgment,
            PublishedJudgments judgments,
            Clock clock) {
        this.queue = queue;
        this.reviewItem = reviewItem;
        this.correctItem = correctItem;
        this.approveItem = approveItem;
        this.excludeItem = excludeItem;
        this.changeJudgment = changeJudgment;
        this.judgments = judgments;
        this.clock = clock;
    }

    @GetMapping
    String queue(
            Principal caller,
            @RequestParam(required = false) @Nullable String court,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        var shown = queue.show(
                caller.getName(),
                new ShowPublicationQueue.Filter(WorkflowViews.court(court), WorkflowViews.status(status), overdue));
        model.addAttribute("courts", shown.courts().stream().map(c -> c.value()).toList());
        model.addAttribute("court", court == null ? "" : court);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute(
                "items",
                shown.items().stream()
                        .map(item -> WorkflowViews.summary(item, shown.today()))
                        .toList());
        return "publication/queue";
    }

    @GetMapping("/items/{id}")
    String review(Principal caller, @PathVariable String id, Model model) {
        var review = reviewItem.review(WorkflowViews.id(id, false), caller.getName());
        var detail = WorkflowViews.detail(review, LocalDate.now(clock));
        var original = review.item().originalText();
        var redactions = review.proposed().redactions();
        model.addAttribute("detail", detail);
        model.addAttribute("originalSegments", WorkflowViews.originalSegments(original, redactions));
        model.addAttribute("proposedSegments", WorkflowViews.proposedSegments(original, redactions));
        model.addAttribute("grounds", ExclusionGround.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute(
                "considered",
                review.item().groundsToConsider().stream().map(Enum::name).toList());
        return "publication/review";
    }

    @PostMapping("/items/{id}/corrections")
    String correct(
            Principal caller,
            @PathVariable String id,
            @RequestParam String mode,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable Integer start,
            @RequestParam(required = false) @Nullable Integer end,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String replacement,
            RedirectAttributes redirect) {
        var itemId = WorkflowViews.id(id, false);
        act(redirect, "publication.review.corrected", () -> {
            var chosen = category == null || category.isBlank() ? Category.PERSON : Category.valueOf(category);
            switch (mode) {
                case "mask" ->
                    correctItem.correct(
                            itemId,
                            caller.getName(),
                            List.of(new CorrectItem.Request(
                                    ReviewerCorrection.Action.MASK, null, null, text, chosen, replacement)),
                            false);
                case "keep" ->
                    correctItem.correct(
                            itemId,
                            caller.getName(),
                            List.of(new CorrectItem.Request(
                                    ReviewerCorrection.Action.KEEP, start, end, null, chosen, null)),
                            false);
                case "replace" ->
                    correctItem.correct(
                            itemId,
                            caller.getName(),
                            List.of(new CorrectItem.Request(
                                    ReviewerCorrection.Action.MASK, start, end, null, chosen, replacement)),
                            false);
                case "undo" -> correctItem.correct(itemId, caller.getName(), List.of(), true);
                default -> throw new IllegalArgumentException("Unknown correction " + mode);
            }
            return null;
        });
        return "redirect:/staff/publication/items/" + itemId;
    }

    @PostMapping("/items/{id}/approval")
    String approve(
            Principal caller,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String proposedSha256,
            @RequestParam(required = false) @Nullable String necessity,
            RedirectAttributes redirect) {
        var itemId = WorkflowViews.id(id, false);
        act(
                redirect,
                "publication.review.approved",
                () -> approveItem.approve(itemId, caller.getName(), proposedSha256, necessity));
        return "redirect:/staff/publication/items/" + itemId;
    }

    @PostMapping("/items/{id}/exclusion")
    String exclude(
            Principal caller,
            @PathVariable String id,
            @RequestParam String ground,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(defaultValue = "false") boolean withholdNotice,
            RedirectAttributes redirect) {
        var itemId = WorkflowViews.id(id, false);
        act(redirect, "publication.review.excluded", () -> {
            excludeItem.exclude(itemId, caller.getName(), WorkflowViews.ground(ground), reason, withholdNotice);
            return null;
        });
        return "redirect:/staff/publication/items/" + itemId;
    }

    @GetMapping("/judgments/{id}")
    String manage(Principal caller, @PathVariable String id, Model model) {
        var judgmentId = WorkflowViews.id(id, true);
        var record = changeJudgment.open(judgmentId, caller.getName());
        model.addAttribute("judgment", judgments.find(judgmentId).orElseThrow());
        model.addAttribute("record", record);
        return "publication/manage";
    }

    @PostMapping("/judgments/{id}/correction")
    String correctJudgment(
            Principal caller,
            @PathVariable String id,
            @RequestParam String text,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        var judgmentId = WorkflowViews.id(id, true);
        act(redirect, "publication.manage.corrected", () -> {
            changeJudgment.correct(judgmentId, caller.getName(), text, reason);
            return null;
        });
        return "redirect:/staff/publication/judgments/" + judgmentId;
    }

    @PostMapping("/judgments/{id}/withdrawal")
    String withdrawJudgment(
            Principal caller, @PathVariable String id, @RequestParam String reason, RedirectAttributes redirect) {
        var judgmentId = WorkflowViews.id(id, true);
        act(redirect, "publication.manage.withdrawn", () -> {
            changeJudgment.withdraw(judgmentId, caller.getName(), reason);
            return null;
        });
        return "redirect:/staff/publication/judgments/" + judgmentId;
    }

    private static <T> @Nullable T act(RedirectAttributes redirect, String doneCode, Supplier<T> action) {
        try {
            var result = action.get();
            redirect.addFlashAttribute("done", doneCode);
            return result;
        } catch (ErrorResponseException problem) {
            redirect.addFlashAttribute("problem", problem.getDetailMessageCode());
            redirect.addFlashAttribute("problemArguments", problem.getDetailMessageArguments());
        } catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("problem", "publication.workflow.problem.invalid.correction");
            redirect.addFlashAttribute("problemArguments", new Object[0]);
        }
        return null;
    }
}
