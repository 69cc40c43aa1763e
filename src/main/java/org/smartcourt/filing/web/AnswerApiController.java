package org.smartcourt.filing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.smartcourt.filing.application.AnswerCase;
import org.smartcourt.filing.domain.Defence;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The defendant's element-based answer to a case filed online. */
@RestController
@RequestMapping("/api/v1/filing/cases/{caseId}")
@Tag(
        name = "Filing",
        description = "Element-based complaints: drafts, one-click complaint PDF, attachments, submission")
class AnswerApiController {

    private final AnswerCase answerCase;

    AnswerApiController(AnswerCase answerCase) {
        this.answerCase = answerCase;
    }

    @GetMapping("/answer")
    @Operation(summary = "Show my answer", description = "To a defendant whose account the complaint names.")
    Defence show(Authentication caller, @PathVariable String caseId) {
        return answerCase.view(id(caseId), caller.getName()).defence();
    }

    @PutMapping("/answer")
    @Operation(summary = "Save my answer", description = "A position (ADMIT, DENY, PARTLY) on each claim and fact.")
    Defence save(Authentication caller, @PathVariable String caseId, @RequestBody Defence defence) {
        return answerCase.save(id(caseId), caller.getName(), defence);
    }

    @PostMapping("/answer/pdf")
    @Operation(summary = "Generate the answer PDF", description = "Adds it to the case's timeline.")
    DraftResponses.GeneratedDocument generate(Authentication caller, @PathVariable String caseId) {
        var hash = answerCase.generate(id(caseId), caller.getName());
        return new DraftResponses.GeneratedDocument(hash.value(), "/api/v1/filing/cases/" + caseId + "/answer.pdf");
    }

    @GetMapping(value = "/answer.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download my answer PDF")
    ResponseEntity<byte[]> pdf(Authentication caller, @PathVariable String caseId) {
        return Pdfs.attachment(answerCase.pdf(id(caseId), caller.getName()), "answer-" + caseId + ".pdf");
    }

    private static UUID id(String caseId) {
        return FilingApiController.draftId(caseId);
    }
}
