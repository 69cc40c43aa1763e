package org.smartcourt.publication.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.publication.anonymisation.Category;
import org.smartcourt.publication.anonymisation.ReviewerCorrection;
import org.smartcourt.publication.domain.ConcurrentItemChange;
import org.smartcourt.publication.domain.Correction;
import org.smartcourt.publication.domain.ItemNotReviewable;
import org.smartcourt.publication.domain.PublicationItems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer corrects the anonymisation (stage d): masks what the machine missed, keeps what it masked wrongly, or
 * types the replacement a span should show. A correction names a span of the original, or a text, which then
 * stands for every place it occurs.
 */
@Component
public class CorrectItem {

    static final String ACTION = "publication.item.corrected";

    /**
     * One correction as asked for.
     *
     * @param start offset of the span in the original text (with {@code end}), or null when {@code text} is given
     * @param text a text of the original: every occurrence is corrected
     * @param category what a masked span is (PERSON when not given)
     * @param replacement what a masked span shows; empty or null for the automatic replacement
     */
    public record Request(
            ReviewerCorrection.Action action,
            @Nullable Integer start,
            @Nullable Integer end,
            @Nullable String text,
            @Nullable Category category,
            @Nullable String replacement) {}

    private final PublicationAccess access;
    private final PublicationItems items;
    private final AuditTrail audit;
    private final Clock clock;

    CorrectItem(PublicationAccess access, PublicationItems items, AuditTrail audit, Clock clock) {
        this.access = access;
        this.items = items;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds the corrections, or replaces every correction when {@code replaceAll} (an empty list undoes them all). */
    @Transactional
    public void correct(UUID id, String username, List<Request> requests, boolean replaceAll) {
        var item = access.item(id, username, ACTION);
        var original = item.originalText();
        var now = clock.instant();
        var corrections = new ArrayList<Correction>();
        try {
            for (var request : requests) {
                var category = request.category() == null ? Category.PERSON : request.category();
                var replacement = request.replacement() == null ? "" : request.replacement();
                var text = request.text();
                if (text != null && !text.isBlank()) {
                    var found = false;
                    for (var at = original.indexOf(text); at >= 0; at = original.indexOf(text, at + text.length())) {
                        corrections.add(new Correction(
                                at, at + text.length(), request.action(), category, replacement, username, now));
                        found = true;
                    }
                    if (!found) {
                        throw PublicationProblem.invalid("textNotFound", text);
                    }
                } else if (request.start() != null && request.end() != null) {
                    corrections.add(new Correction(
                            request.start(), request.end(), request.action(), category, replacement, username, now));
                } else {
                    throw PublicationProblem.invalid("span");
                }
            }
            item.correct(corrections, replaceAll);
        } catch (ItemNotReviewable decided) {
            throw PublicationProblem.alreadyDecided(decided.status().name());
        } catch (IllegalArgumentException invalid) {
            throw PublicationProblem.invalid("correction");
        }
        try {
            items.update(item);
        } catch (ConcurrentItemChange changed) {
            throw PublicationProblem.changedMeanwhile();
        }
        audit.record(AuditRecord.of(username, ACTION, "publication-item:" + id, AuditOutcome.SUCCESS)
                .with("case", item.caseId().toString())
                .with("corrections", Integer.toString(corrections.size()))
                .with("replaceAll", Boolean.toString(replaceAll)));
    }
}
