package org.smartcourt.judgments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.judgments.application.JudgmentsProblem;
import org.smartcourt.judgments.application.ListCaseDecisions;
import org.smartcourt.judgments.application.RecordEffectiveDocument;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/staff/cases/{caseId}/decisions")
@PreAuthorize("hasAnyRole('CLERK', 'PRESIDENT')")
@Tag(name = "Decisions", description = "Judgments, rulings and other decisions of a case and when they took effect")
class DecisionApiController {

    private final ListCaseDecisions list;
    private final RecordEffectiveDocument record;
    private final DecisionViews views;

    DecisionApiController(ListCaseDecisions list, RecordEffectiveDocument record, DecisionViews views) {
        this.list = list;
        this.record = record;
        this.views = views;
    }

    /**
     * A decision entered with its full text, or an issued decision of the case settled.
     *
     * @param kind JUDGMENT, RULING, PAYMENT_ORDER, NOTICE_REJECTING_PETITION, DECISION or MEDIATION_STATEMENT
     * @param effectiveOn the day it took effect; leave out and set appealed when it was appealed
     * @param text the full text (or give issuedDecision instead)
     * @param issuedDecision the id of a decision the platform issued in this case, still awaiting effect
     */
    record DecisionRequest(
            @NotNull(message = "{judgments.request.kind.required}")
            DecisionKind kind,

            @Nullable @Size(max = 200) String title,
            @Nullable LocalDate decidedOn,
            @Nullable LocalDate effectiveOn,
            @Nullable Boolean appealed,
            @Nullable String text,
            @Nullable UUID issuedDecision) {}

    @GetMapping
    @Operation(
            summary = "List a case's decisions",
            description = "Clerks and the president of the case's court; the read is audited.")
    List<DecisionViews.DecisionView> decisions(Authentication caller, @PathVariable String caseId) {
        return list.of(DecisionViews.caseId(caseId), caller.getName()).decisions().stream()
                .map(views::of)
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record a decision and its effect",
            description = "Enters a decision made outside the platform with its full text (text), or settles one the "
                    + "platform issued (issuedDecision): in effect since effectiveOn, or appealed. An effective "
                    + "decision enters the publication queue (法释〔2016〕19号 Art. 7: publish within 7 working days); "
                    + "an effective second-instance decision concludes the appealed first-instance ones. Honour "
                    + "Idempotency-Key for retries; the same document twice is 409.")
    ResponseEntity<DecisionViews.DecisionView> recordJson(
            Authentication caller, @PathVariable String caseId, @Valid @RequestBody DecisionRequest body) {
        RecordEffectiveDocument.Source source;
        if (body.issuedDecision() != null) {
            source = new RecordEffectiveDocument.Issued(body.issuedDecision());
        } else if (body.text() != null && !body.text().isBlank()) {
            source = new RecordEffectiveDocument.Text(body.text());
        } else {
            throw JudgmentsProblem.unreadable("text");
        }
        return created(
                caseId,
                caller,
                body.kind(),
                body.title(),
                body.decidedOn(),
                body.effectiveOn(),
                Boolean.TRUE.equals(body.appealed()),
                source);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Record a decision with its document",
            description = "As the JSON variant, with the document as the part file: a PDF or UTF-8 text, recognised by "
                    + "its content.")
    ResponseEntity<DecisionViews.DecisionView> recordUpload(
            Authentication caller,
            @PathVariable String caseId,
            @RequestParam("file") MultipartFile file,
            @RequestParam("kind") String kind,
            @RequestParam(name = "title", required = false) @Nullable String title,
            @RequestParam(name = "decidedOn", required = false) @Nullable String decidedOn,
            @RequestParam(name = "effectiveOn", required = false) @Nullable String effectiveOn,
            @RequestParam(name = "appealed", defaultValue = "false") boolean appealed) {
        var decisionKind = DecisionKind.parse(kind).orElseThrow(() -> JudgmentsProblem.unreadable("kind"));
        return created(
                caseId,
                caller,
                decisionKind,
                title,
                date(decidedOn, "decidedOn"),
                date(effectiveOn, "effectiveOn"),
                appealed,
                new RecordEffectiveDocument.Upload(bytes(file)));
    }

    private ResponseEntity<DecisionViews.DecisionView> created(
            String caseId,
            Authentication caller,
            DecisionKind kind,
            @Nullable String title,
            @Nullable LocalDate decidedOn,
            @Nullable LocalDate effectiveOn,
            boolean appealed,
            RecordEffectiveDocument.Source source) {
        var id = DecisionViews.caseId(caseId);
        var decision = record.record(
                id,
                caller.getName(),
                new RecordEffectiveDocument.Entry(kind, title, decidedOn, effectiveOn, appealed, source));
        return ResponseEntity.created(URI.create("/api/v1/staff/cases/" + id + "/decisions/" + decision.id()))
                .body(views.of(decision));
    }

    static @Nullable LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException malformed) {
            throw JudgmentsProblem.unreadable(field);
        }
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded document", e);
        }
    }
}
