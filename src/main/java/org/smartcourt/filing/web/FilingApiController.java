package org.smartcourt.filing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.filing.application.AttachFile;
import org.smartcourt.filing.application.ElementsRejected;
import org.smartcourt.filing.application.FilingProblems;
import org.smartcourt.filing.application.GenerateComplaint;
import org.smartcourt.filing.application.SaveAnswers;
import org.smartcourt.filing.application.Schemas;
import org.smartcourt.filing.application.StartDraft;
import org.smartcourt.filing.application.SubmitFiling;
import org.smartcourt.filing.application.SuggestCourts;
import org.smartcourt.filing.application.ViewDraft;
import org.smartcourt.filing.domain.Answers;
import org.smartcourt.filing.domain.Attachment;
import org.smartcourt.filing.domain.AttachmentKind;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.filing.domain.Label;
import org.smartcourt.filing.domain.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The whole filing journey for apps: choose a type, draft, generate the complaint, attach files, submit. */
@RestController
@RequestMapping("/api/v1/filing")
@Tag(
        name = "Filing",
        description = "Element-based complaints: drafts, one-click complaint PDF, attachments, submission")
class FilingApiController {

    private final Schemas schemas;
    private final StartDraft startDraft;
    private final SaveAnswers saveAnswers;
    private final ViewDraft viewDraft;
    private final GenerateComplaint generateComplaint;
    private final AttachFile attachFile;
    private final SubmitFiling submitFiling;
    private final SuggestCourts suggestCourts;
    private final ViolationMessages messages;

    FilingApiController(
            Schemas schemas,
            StartDraft startDraft,
            SaveAnswers saveAnswers,
            ViewDraft viewDraft,
            GenerateComplaint generateComplaint,
            AttachFile attachFile,
            SubmitFiling submitFiling,
            SuggestCourts suggestCourts,
            ViolationMessages messages) {
        this.schemas = schemas;
        this.startDraft = startDraft;
        this.saveAnswers = saveAnswers;
        this.viewDraft = viewDraft;
        this.generateComplaint = generateComplaint;
        this.attachFile = attachFile;
        this.submitFiling = submitFiling;
        this.suggestCourts = suggestCourts;
        this.messages = messages;
    }

    @GetMapping("/schemas")
    @Operation(summary = "List the case types", description = "The element schemas in force today.")
    List<DraftResponses.SchemaSummary> schemas() {
        return schemas.current().stream().map(DraftResponses.SchemaSummary::of).toList();
    }

    @GetMapping("/schemas/{type}")
    @Operation(summary = "Show a case type's elements", description = "Claims, facts, rules and evidence.")
    ElementSchema schema(@PathVariable String type) {
        return schemas.current(type);
    }

    @GetMapping("/drafts")
    @Operation(summary = "List my drafts", description = "The caller's drafts, the most recently changed first.")
    List<DraftResponses.Draft> drafts(Authentication caller, Locale locale) {
        return viewDraft.mine(caller.getName()).stream()
                .map(view -> response(view, locale))
                .toList();
    }

    @PostMapping("/drafts")
    @Operation(summary = "Start a draft", description = "At the chosen court, for a case type (schema id).")
    ResponseEntity<DraftResponses.Draft> start(
            Authentication caller, @RequestBody DraftRequests.NewDraft body, Locale locale) {
        if (body.type() == null) {
            throw new ElementsRejected(
                    List.of(Violation.of("type", "filing.error.required", new Label("案件类型", "Case type"))));
        }
        var draft = startDraft.start(caller.getName(), String.valueOf(body.court()), body.type());
        return ResponseEntity.created(URI.create("/api/v1/filing/drafts/" + draft.id()))
                .body(response(viewDraft.view(draft.id(), caller.getName()), locale));
    }

    @GetMapping("/drafts/{id}")
    @Operation(summary = "Show a draft", description = "To its owner only; what is missing is listed field by field.")
    DraftResponses.Draft show(Authentication caller, @PathVariable String id, Locale locale) {
        return response(viewDraft.view(draftId(id), caller.getName()), locale);
    }

    @PutMapping("/drafts/{id}")
    @Operation(
            summary = "Save the answers",
            description = "Replaces the answers. Unreadable or inconsistent elements are refused field by field; "
                    + "missing ones are allowed until the complaint is generated or filed.")
    DraftResponses.Draft save(
            Authentication caller, @PathVariable String id, @RequestBody Answers answers, Locale locale) {
        saveAnswers.save(draftId(id), caller.getName(), answers);
        return response(viewDraft.view(draftId(id), caller.getName()), locale);
    }

    @PostMapping("/drafts/{id}/complaint")
    @Operation(summary = "Generate the complaint PDF", description = "Needs every required element.")
    DraftResponses.GeneratedDocument complaint(Authentication caller, @PathVariable String id) {
        var hash = generateComplaint.generate(draftId(id), caller.getName());
        return new DraftResponses.GeneratedDocument(hash.value(), "/api/v1/filing/drafts/" + id + "/complaint.pdf");
    }

    @GetMapping(value = "/drafts/{id}/complaint.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download the complaint PDF")
    ResponseEntity<byte[]> complaintPdf(Authentication caller, @PathVariable String id) {
        return Pdfs.attachment(generateComplaint.pdf(draftId(id), caller.getName()), "complaint-" + id + ".pdf");
    }

    @PostMapping(value = "/drafts/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach a file",
            description = "PDF, JPEG or PNG, recognised by content; kind EVIDENCE, POWER_OF_ATTORNEY or OTHER.")
    ResponseEntity<Attachment> attach(
            Authentication caller,
            @PathVariable String id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "kind", defaultValue = "EVIDENCE") String kind)
            throws IOException {
        var attachment = attachFile.attach(
                draftId(id), caller.getName(), file.getBytes(), String.valueOf(file.getOriginalFilename()), kind(kind));
        return ResponseEntity.status(HttpStatus.CREATED).body(attachment);
    }

    @PostMapping("/drafts/{id}/submission")
    @Operation(
            summary = "File the draft",
            description = "Opens the case at the chosen court; the filer must be real-name verified, and a lawyer "
                    + "must have attached the power of attorney. Filing a filed draft again answers with its case.")
    ResponseEntity<DraftResponses.Submitted> submit(
            Authentication caller,
            @PathVariable String id,
            @RequestBody(required = false) DraftRequests.@Nullable Submission body) {
        var lawyer =
                caller.getAuthorities().stream().anyMatch(authority -> "ROLE_LAWYER".equals(authority.getAuthority()));
        var caseId = submitFiling.submit(draftId(id), caller.getName(), lawyer, body == null ? null : body.version());
        var url = "/api/v1/cases/" + caseId;
        return ResponseEntity.created(URI.create(url)).body(new DraftResponses.Submitted(caseId.value(), url));
    }

    private DraftResponses.Draft response(ViewDraft.DraftView view, Locale locale) {
        var suggestions = suggestCourts.suggest(view.schema(), view.draft().answers()).stream()
                .map(suggestion -> DraftResponses.CourtSuggestion.of(suggestion, locale))
                .toList();
        return DraftResponses.Draft.of(view, messages.of(view.missing(), locale), suggestions);
    }

    static UUID draftId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw FilingProblems.draftNotFound(id);
        }
    }

    private static AttachmentKind kind(String kind) {
        try {
            return AttachmentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ElementsRejected(
                    List.of(Violation.of("kind", "filing.error.choice", new Label("附件类型", "Kind of file"))));
        }
    }
}
