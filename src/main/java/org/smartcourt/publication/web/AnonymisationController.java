package org.smartcourt.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.smartcourt.publication.anonymisation.Anonymised;
import org.smartcourt.publication.application.AnonymisationRequest;
import org.smartcourt.publication.application.AnonymiseJudgment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publication")
class AnonymisationController {

    private final AnonymiseJudgment anonymiseJudgment;

    AnonymisationController(AnonymiseJudgment anonymiseJudgment) {
        this.anonymiseJudgment = anonymiseJudgment;
    }

    /** The published text and where it differs from the input; offsets count UTF-16 code units of the input. */
    record AnonymizeResponse(String text, List<RedactionView> redactions) {

        static AnonymizeResponse of(Anonymised anonymised) {
            return new AnonymizeResponse(
                    anonymised.text(),
                    anonymised.redactions().stream()
                            .map(redaction -> new RedactionView(
                                    redaction.start(),
                                    redaction.end(),
                                    redaction.category().name(),
                                    redaction.rule()))
                            .toList());
        }
    }

    record RedactionView(int start, int end, String category, String rule) {}

    @PostMapping("/anonymize")
    @PreAuthorize("hasAnyRole('CLERK','JUDGE','PRESIDENT','ADMIN')")
    @Operation(
            summary = "Anonymise a judgment for publication",
            description = "Court staff only. Profiles: RULE_2016 (法释〔2016〕19号 Art. 8–11) and PRACTICE_2024 "
                    + "(every party and organisation masked). Judges, clerk and case number are never masked.")
    AnonymizeResponse anonymize(@RequestBody AnonymisationRequest request, Principal caller) {
        return AnonymizeResponse.of(anonymiseJudgment.anonymise(request, caller.getName()));
    }
}
