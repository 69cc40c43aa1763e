package org.smartcourt.fees.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.api.ProblemResponses;
import org.smartcourt.fees.application.ApplyForFeeRelief;
import org.smartcourt.fees.application.DecideFeeRelief;
import org.smartcourt.fees.application.ReliefRejected;
import org.smartcourt.fees.application.ShowFeeRelief;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Fee relief (司法救助): a plaintiff's side applies with evidence, the court decides. */
@RestController
@Tag(
        name = "Fee relief",
        description = "Applications for deferral, reduction or waiver of litigation costs (诉讼费用交纳办法 Art. 44–51)"
                + " and the court's decisions")
class FeeReliefApiController {

    static final String INVALID = "fee-relief-invalid";

    private final ApplyForFeeRelief apply;
    private final DecideFeeRelief decide;
    private final ShowFeeRelief show;
    private final ReliefTexts texts;

    FeeReliefApiController(ApplyForFeeRelief apply, DecideFeeRelief decide, ShowFeeRelief show, ReliefTexts texts) {
        this.apply = apply;
        this.decide = decide;
        this.show = show;
        this.texts = texts;
    }

    /** The court's decision: {@code GRANT} with the relief granted, or {@code REFUSE} with the reasons. */
    record DecisionRequest(
            @Nullable String outcome,
            @Nullable String kind,
            @Nullable Integer reductionPercent,
            @Nullable LocalDate deferUntil,
            @Nullable String reasons) {}

    @PostMapping(path = "/api/v1/cases/{caseId}/fee-relief", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Apply for fee relief (司法救助) against the case's unpaid fee notice",
            description = "Multipart form: kind (DEFERRAL, REDUCTION, WAIVER), grounds (repeated; codes of Art. 45-47),"
                    + " reductionPercent (30-99, reductions only), deferUntil (ISO date, deferrals only, optional),"
                    + " statement, party (the plaintiff's name when the caller acts for several) and one or more"
                    + " evidence files (PDF, JPEG, PNG). Waivers are for natural persons only (Art. 44). Only the"
                    + " plaintiffs' side may apply, before the notice's deadline, one application at a time.")
    ResponseEntity<ReliefViews.Application> apply(
            Authentication caller,
            @PathVariable String caseId,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable List<String> grounds,
            @RequestParam(required = false) @Nullable String reductionPercent,
            @RequestParam(required = false) @Nullable String deferUntil,
            @RequestParam(required = false) @Nullable String statement,
            @RequestParam(required = false) @Nullable String party,
            @Parameter(description = "Evidence of hardship (Art. 48)") @RequestParam(required = false) @Nullable
                    List<MultipartFile> evidence,
            Locale locale) {
        var id = FeesApiController.id(caseId);
        var application = apply.apply(
                id,
                caller.getName(),
                new ApplyForFeeRelief.Request(
                        kind, grounds, reductionPercent, deferUntil, statement, party, uploads(evidence)));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/fee-relief/" + application.id()))
                .body(ReliefViews.Application.of(application, texts, locale));
    }

    @GetMapping("/api/v1/cases/{caseId}/fee-relief")
    @Operation(summary = "The case's fee-relief applications and decisions (the plaintiffs' side and the court only)")
    List<ReliefViews.Application> list(Authentication caller, @PathVariable String caseId, Locale locale) {
        return show.ofCase(FeesApiController.id(caseId), caller.getName()).stream()
                .map(application -> ReliefViews.Application.of(application, texts, locale))
                .toList();
    }

    @GetMapping("/api/v1/cases/{caseId}/fee-relief/{applicationId}")
    @Operation(summary = "One fee-relief application with its decision")
    ReliefViews.Application one(
            Authentication caller, @PathVariable String caseId, @PathVariable String applicationId, Locale locale) {
        return ReliefViews.Application.of(
                show.one(FeesApiController.id(caseId), FeesApiController.id(applicationId), caller.getName()),
                texts,
                locale);
    }

    @GetMapping("/api/v1/cases/{caseId}/fee-relief/{applicationId}/evidence/{hash}")
    @Operation(summary = "An evidence file of a fee-relief application, as uploaded")
    ResponseEntity<byte[]> evidence(
            Authentication caller,
            @PathVariable String caseId,
            @PathVariable String applicationId,
            @PathVariable String hash) {
        return file(show.evidence(
                FeesApiController.id(caseId), FeesApiController.id(applicationId), hash, caller.getName()));
    }

    @PostMapping("/api/v1/cases/{caseId}/fee-relief/{applicationId}/decision")
    @Operation(
            summary = "The court grants (possibly another form or percentage) or refuses fee relief",
            description = "For the clerks, judges and president of the case's court. A grant changes the fee notice"
                    + " (amount due, deadline) and writes off a reduction or waiver in the ledger; a refusal needs"
                    + " reasons (Art. 48). The same decision again answers with the application unchanged.")
    ReliefViews.Application decide(
            Authentication caller,
            @PathVariable String caseId,
            @PathVariable String applicationId,
            @RequestBody DecisionRequest request,
            Locale locale) {
        var decided = decide.decide(
                FeesApiController.id(caseId),
                FeesApiController.id(applicationId),
                caller.getName(),
                new DecideFeeRelief.Decision(
                        request.outcome(),
                        request.kind(),
                        request.reductionPercent() == null ? null : String.valueOf(request.reductionPercent()),
                        request.deferUntil() == null
                                ? null
                                : request.deferUntil().toString(),
                        request.reasons()));
        return ReliefViews.Application.of(decided, texts, locale);
    }

    @GetMapping("/api/v1/staff/fee-relief")
    @Operation(summary = "The pending fee-relief applications the caller decides, at every court where it does")
    List<ReliefViews.Application> pending(Authentication caller, Locale locale) {
        return show.pendingFor(caller.getName()).stream()
                .map(application -> ReliefViews.Application.of(application, texts, locale))
                .toList();
    }

    @ExceptionHandler(ReliefRejected.class)
    ResponseEntity<ProblemDetail> rejected(ReliefRejected rejected, HttpServletRequest request, Locale locale) {
        var errors = rejected.problems().stream()
                .map(problem -> Map.of("field", problem.field(), "message", texts.message(problem, locale)))
                .toList();
        var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ProblemResponses.type(INVALID));
        problem.setTitle(texts.text("fees.problem.reliefInvalid.title", locale));
        problem.setDetail(texts.text("fees.problem.reliefInvalid", locale, errors.size()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static List<ApplyForFeeRelief.Upload> uploads(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> !file.isEmpty()
                        || (file.getOriginalFilename() != null
                                && !file.getOriginalFilename().isBlank()))
                .map(file -> {
                    try {
                        return new ApplyForFeeRelief.Upload(
                                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    static ResponseEntity<byte[]> file(org.smartcourt.documents.StoredDocument document) {
        var name = document.title().replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }
}
