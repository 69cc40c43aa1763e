package org.smartcourt.filing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.filing.application.SuggestCourts;
import org.smartcourt.filing.application.ViewDraft;
import org.smartcourt.filing.domain.Answers;
import org.smartcourt.filing.domain.Attachment;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.filing.domain.Label;

/** What the filing API answers. */
final class DraftResponses {

    private DraftResponses() {}

    /** A case type that can be filed, without its elements. */
    record SchemaSummary(String id, int version, String effectiveFrom, Label label, String cause, String caseTypeCode) {

        static SchemaSummary of(ElementSchema schema) {
            return new SchemaSummary(
                    schema.id(),
                    schema.version(),
                    schema.effectiveFrom().toString(),
                    schema.label(),
                    schema.cause(),
                    schema.caseTypeCode());
        }
    }

    /** A generated PDF: its SHA-256 and where to download it. */
    record GeneratedDocument(String hash, String url) {}

    /** A court suggested for territorial jurisdiction and why. */
    record CourtSuggestion(String court, String name, String basis, String article) {

        static CourtSuggestion of(SuggestCourts.Suggestion suggestion, Locale locale) {
            return new CourtSuggestion(
                    suggestion.court().code().value(),
                    suggestion.court().name(),
                    suggestion.basis().in(locale),
                    suggestion.article());
        }
    }

    /**
     * A draft as its owner sees it.
     *
     * @param version send it back with the submission so that a stale form cannot file
     * @param missing what still keeps it from being filed, field by field
     */
    record Draft(
            UUID id,
            String court,
            String type,
            int schemaVersion,
            String status,
            long version,
            Answers answers,
            BigDecimal amountInDispute,
            List<ViolationMessages.FieldMessage> missing,
            @Nullable GeneratedDocument complaint,
            List<Attachment> attachments,
            @Nullable UUID caseId,
            List<CourtSuggestion> suggestedCourts,
            Instant updatedAt) {

        static Draft of(
                ViewDraft.DraftView view,
                List<ViolationMessages.FieldMessage> missing,
                List<CourtSuggestion> suggestions) {
            var draft = view.draft();
            var complaint = draft.complaintHash() == null
                    ? null
                    : new GeneratedDocument(
                            draft.complaintHash(), "/api/v1/filing/drafts/" + draft.id() + "/complaint.pdf");
            return new Draft(
                    draft.id(),
                    draft.court(),
                    draft.schemaId(),
                    draft.schemaVersion(),
                    draft.status().name(),
                    draft.version(),
                    draft.answers(),
                    view.amountInDispute(),
                    missing,
                    complaint,
                    draft.attachments(),
                    draft.caseId(),
                    suggestions,
                    draft.updatedAt());
        }
    }

    /** The case a submission opened. */
    record Submitted(UUID caseId, String caseUrl) {}
}
