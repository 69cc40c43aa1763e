package org.smartcourt.documents.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request the verification cannot take; title and detail come from {@code messages/documents_*.properties}. */
class DocumentProblem extends ErrorResponseException {

    private final String titleCode;

    private DocumentProblem(HttpStatus status, String slug, Object... arguments) {
        super(status, problem(status, slug), null, "documents.problem." + slug + ".detail", arguments);
        this.titleCode = "documents.problem." + slug + ".title";
    }

    private static ProblemDetail problem(HttpStatus status, String slug) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("/problems/" + slug));
        return problem;
    }

    @Override
    public String getTitleMessageCode() {
        return titleCode;
    }

    static DocumentProblem notAPdf() {
        return new DocumentProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-a-pdf");
    }

    static DocumentProblem tooLarge(long maxMegabytes) {
        return new DocumentProblem(HttpStatus.CONTENT_TOO_LARGE, "too-large", maxMegabytes);
    }

    static DocumentProblem nothingToVerify() {
        return new DocumentProblem(HttpStatus.BAD_REQUEST, "nothing-to-verify");
    }

    static DocumentProblem malformedCode() {
        return new DocumentProblem(HttpStatus.BAD_REQUEST, "malformed-code");
    }
}
