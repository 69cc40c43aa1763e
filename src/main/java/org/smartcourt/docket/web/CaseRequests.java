package org.smartcourt.docket.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.domain.AssignmentMethod;

/** The bodies of the decisions posted to a case. */
final class CaseRequests {

    private CaseRequests() {}

    /** Register: how to choose the judge (the configured default when absent) and whom when designating. */
    record Registration(
            @Nullable AssignmentMethod method, @Nullable String judge) {}

    record Defect(
            @Nullable @Size(max = 100) String field,

            @NotBlank(message = "{docket.request.defect.message.required}") @Size(max = 2000)
            String message) {}

    record CorrectionRequest(
            @NotEmpty(message = "{docket.request.defects.required}")
            List<@Valid Defect> defects,

            @NotNull(message = "{docket.request.deadline.required}")
            @Future(message = "{docket.request.deadline.future}")
            LocalDate deadline) {}

    record Refusal(
            @NotEmpty(message = "{docket.request.reasons.required}")
            List<@NotBlank @Size(max = 2000) String> reasons) {}
}
