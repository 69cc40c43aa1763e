package org.smartcourt.docket.application;

import java.net.URI;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.IllegalCaseTransition;
import org.smartcourt.shared.CourtCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An RFC 9457 problem of the docket; title and detail come from {@code messages/docket_*.properties}. */
public class DocketProblem extends ErrorResponseException {

    private final String titleCode;

    private DocketProblem(
            HttpStatus status,
            String slug,
            String titleKey,
            String detailKey,
            String englishDetail,
            Object[] arguments) {
        super(status, body(status, slug, englishDetail), null, "docket.problem." + detailKey + ".detail", arguments);
        this.titleCode = "docket.problem." + titleKey + ".title";
    }

    private static ProblemDetail body(HttpStatus status, String slug, String englishDetail) {
        var body = ProblemDetail.forStatusAndDetail(status, englishDetail);
        body.setType(URI.create("/problems/" + slug));
        body.setTitle(status.getReasonPhrase());
        return body;
    }

    /** A problem whose title and detail share the key {@code docket.problem.<key>}. */
    private static DocketProblem of(HttpStatus status, String slug, String key, String englishDetail, Object... args) {
        return new DocketProblem(status, slug, key, key, englishDetail, args);
    }

    @Override
    public String getTitleMessageCode() {
        return titleCode;
    }

    public static DocketProblem caseNotFound(String id) {
        return of(HttpStatus.NOT_FOUND, "case-not-found", "caseNotFound", "No case has the id " + id + ".", id);
    }

    public static DocketProblem accessDenied(CaseId id) {
        return of(
                HttpStatus.FORBIDDEN,
                "case-access-denied",
                "accessDenied",
                "Only the parties, their lawyers and the court's staff may see or act on case " + id + ".",
                id.toString());
    }

    public static DocketProblem notCourtStaff(CourtCode court) {
        return of(
                HttpStatus.FORBIDDEN,
                "not-court-staff",
                "notCourtStaff",
                "Only clerks and the president of " + court + " may do this.",
                court.value());
    }

    public static DocketProblem illegalTransition(IllegalCaseTransition cause) {
        return new DocketProblem(
                HttpStatus.CONFLICT,
                "illegal-case-transition",
                "illegalTransition",
                "illegalTransition." + cause.transition(),
                "A case in state " + cause.status() + " cannot " + cause.transition() + ".",
                new Object[] {cause.status().name()});
    }

    public static DocketProblem correctionAlreadyRequested(CaseId id) {
        return of(
                HttpStatus.CONFLICT,
                "correction-already-requested",
                "correctionAlreadyRequested",
                "Corrections were already requested once for case " + id + "; decide to register or refuse.",
                id.toString());
    }

    public static DocketProblem concurrentChange(CaseId id) {
        return of(
                HttpStatus.CONFLICT,
                "case-changed-concurrently",
                "concurrentChange",
                "Case " + id + " was changed by someone else meanwhile; reload it.",
                id.toString());
    }

    public static DocketProblem invalidRequest(String reason) {
        return of(HttpStatus.BAD_REQUEST, "invalid-case-request", "invalidRequest", reason, reason);
    }

    public static DocketProblem unknownCourt(CourtCode court) {
        return of(
                HttpStatus.BAD_REQUEST,
                "unknown-court",
                "unknownCourt",
                "No court has the code " + court + ".",
                court.value());
    }

    public static DocketProblem unknownCaseType(String typeCode) {
        return of(
                HttpStatus.BAD_REQUEST,
                "unknown-case-type",
                "unknownCaseType",
                "No case type has the code " + typeCode + ".",
                typeCode);
    }

    public static DocketProblem noSuperiorCourt(CourtCode court) {
        return of(
                HttpStatus.CONFLICT,
                "no-superior-court",
                "noSuperiorCourt",
                "The court " + court + " has no superior court to appeal to.",
                court.value());
    }
}
