package org.smartcourt.docket.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.application.DocketProblem;
import org.smartcourt.docket.application.ListMyCases;
import org.smartcourt.docket.application.OpenAppeal;
import org.smartcourt.docket.application.OpenEnforcement;
import org.smartcourt.docket.application.RefuseFiling;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.docket.application.RequestCorrection;
import org.smartcourt.docket.application.ShowRegistrationQueue;
import org.smartcourt.docket.application.ViewCase;
import org.smartcourt.docket.application.WithdrawCase;
import org.smartcourt.docket.domain.CaseStatus;
import org.smartcourt.docket.domain.Defect;
import org.smartcourt.shared.CourtCode;
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

/** Cases, their timelines and the registration decisions; every access is checked per case and audited. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "The case file: parties, number, judge, timeline and registration decisions")
class CaseApiController {

    private final ListMyCases listMyCases;
    private final ShowRegistrationQueue queue;
    private final ViewCase viewCase;
    private final RegisterCase registerCase;
    private final RequestCorrection requestCorrection;
    private final RefuseFiling refuseFiling;
    private final WithdrawCase withdrawCase;
    private final OpenAppeal openAppeal;
    private final OpenEnforcement openEnforcement;
    private final CaseViews views;

    CaseApiController(
            ListMyCases listMyCases,
            ShowRegistrationQueue queue,
            ViewCase viewCase,
            RegisterCase registerCase,
            RequestCorrection requestCorrection,
            RefuseFiling refuseFiling,
            WithdrawCase withdrawCase,
            OpenAppeal openAppeal,
            OpenEnforcement openEnforcement,
            CaseViews views) {
        this.listMyCases = listMyCases;
        this.queue = queue;
        this.viewCase = viewCase;
        this.registerCase = registerCase;
        this.requestCorrection = requestCorrection;
        this.refuseFiling = refuseFiling;
        this.withdrawCase = withdrawCase;
        this.openAppeal = openAppeal;
        this.openEnforcement = openEnforcement;
        this.views = views;
    }

    @GetMapping
    @Operation(
            summary = "List cases",
            description = "Without parameters: the caller's cases (filed, party to or represented), newest first. "
                    + "With court (and status, default FILED): that court's queue for its staff, the longest waiting "
                    + "first, with the last day and the days left of the 7-day registration period.")
    List<CaseViews.Summary> list(
            Authentication caller,
            @RequestParam(required = false) @Nullable String court,
            @RequestParam(required = false) @Nullable String status) {
        if (court == null) {
            return listMyCases.of(caller.getName()).stream().map(views::summary).toList();
        }
        return queue.of(courtCode(court), caseStatus(status), caller.getName()).stream()
                .map(views::summary)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show a case", description = "To its parties, their lawyers and the court's staff only.")
    CaseViews.Detail show(Authentication caller, @PathVariable String id) {
        return views.detail(viewCase.view(caseId(id), caller.getName()).courtCase());
    }

    @GetMapping("/{id}/timeline")
    @Operation(
            summary = "Show a case's timeline",
            description = "Every node in order, described in the request's language.")
    List<CaseViews.Node> timeline(Authentication caller, @PathVariable String id, Locale locale) {
        return views.timeline(viewCase.view(caseId(id), caller.getName()).timeline(), locale);
    }

    @PostMapping("/{id}/registration")
    @PreAuthorize("hasAnyRole('CLERK', 'PRESIDENT')")
    @Operation(summary = "Register a case", description = "Gives the case number and assigns the judge.")
    Registered register(
            Authentication caller,
            @PathVariable String id,
            @RequestBody(required = false) CaseRequests.@Nullable Registration body) {
        var decision = body == null
                ? RegisterCase.Decision.byDefault()
                : new RegisterCase.Decision(body.method(), body.judge());
        var result = registerCase.register(caseId(id), caller.getName(), decision);
        var judge = result.judge();
        return new Registered(
                result.caseNumber().toString(),
                judge == null ? null : judge.judgeName(),
                judge == null ? null : judge.method().name());
    }

    /** The number given at registration and the judge assigned, if any. */
    record Registered(
            String caseNumber,
            @Nullable String judge,
            @Nullable String method) {}

    @PostMapping("/{id}/correction-request")
    @PreAuthorize("hasAnyRole('CLERK', 'PRESIDENT')")
    @Operation(summary = "Request corrections, once", description = "Lists every defect and the deadline.")
    ResponseEntity<Void> requestCorrection(
            Authentication caller, @PathVariable String id, @Valid @RequestBody CaseRequests.CorrectionRequest body) {
        requestCorrection.request(
                caseId(id),
                caller.getName(),
                body.defects().stream()
                        .map(defect -> new Defect(defect.field(), defect.message()))
                        .toList(),
                body.deadline());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/refusal")
    @PreAuthorize("hasAnyRole('CLERK', 'PRESIDENT')")
    @Operation(summary = "Refuse to accept a case", description = "Records the reasons for the non-acceptance ruling.")
    ResponseEntity<Void> refuse(
            Authentication caller, @PathVariable String id, @Valid @RequestBody CaseRequests.Refusal body) {
        refuseFiling.refuse(caseId(id), caller.getName(), body.reasons());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw a case", description = "By its filer, a plaintiff or a plaintiff's lawyer.")
    ResponseEntity<Void> withdraw(Authentication caller, @PathVariable String id) {
        withdrawCase.withdraw(caseId(id), caller.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/appeal")
    @Operation(summary = "Appeal a first-instance case", description = "Opens the appeal at the superior court.")
    ResponseEntity<Map<String, String>> appeal(Authentication caller, @PathVariable String id) {
        var appeal = openAppeal.open(caseId(id), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + appeal)).body(Map.of("id", appeal.toString()));
    }

    @PostMapping("/{id}/enforcement")
    @Operation(
            summary = "Apply for enforcement",
            description = "Opens the enforcement case at the first-instance court.")
    ResponseEntity<Map<String, String>> enforcement(Authentication caller, @PathVariable String id) {
        var enforcement = openEnforcement.open(caseId(id), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + enforcement))
                .body(Map.of("id", enforcement.toString()));
    }

    static CaseId caseId(String text) {
        try {
            return CaseId.parse(text);
        } catch (IllegalArgumentException notAnId) {
            throw DocketProblem.caseNotFound(text);
        }
    }

    static CourtCode courtCode(String text) {
        if (!CourtCode.isValid(text)) {
            throw DocketProblem.invalidRequest("Not a court code: " + text);
        }
        return CourtCode.of(text);
    }

    static CaseStatus caseStatus(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return CaseStatus.FILED;
        }
        try {
            return CaseStatus.valueOf(text.strip());
        } catch (IllegalArgumentException unknown) {
            throw DocketProblem.invalidRequest("Not a case status: " + text);
        }
    }
}
