package org.smartcourt.docket.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.CaseStatus;
import org.smartcourt.docket.domain.CaseTransition;
import org.smartcourt.docket.domain.IllegalCaseTransition;
import org.smartcourt.shared.CourtCode;

class DocketProblemTests {

    private static final CaseId ID = CaseId.random();

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(DocketProblem.caseNotFound("x"), "caseNotFound", "caseNotFound", 404),
                Arguments.of(DocketProblem.accessDenied(ID), "accessDenied", "accessDenied", 403),
                Arguments.of(DocketProblem.notCourtStaff(CourtCode.of("鲁0102")), "notCourtStaff", "notCourtStaff", 403),
                Arguments.of(
                        DocketProblem.illegalTransition(
                                new IllegalCaseTransition(CaseStatus.REFUSED, CaseTransition.REGISTER)),
                        "illegalTransition",
                        "illegalTransition.REGISTER",
                        409),
                Arguments.of(
                        DocketProblem.correctionAlreadyRequested(ID),
                        "correctionAlreadyRequested",
                        "correctionAlreadyRequested",
                        409),
                Arguments.of(DocketProblem.concurrentChange(ID), "concurrentChange", "concurrentChange", 409),
                Arguments.of(DocketProblem.invalidRequest("why"), "invalidRequest", "invalidRequest", 400),
                Arguments.of(DocketProblem.unknownCourt(CourtCode.of("鲁0102")), "unknownCourt", "unknownCourt", 400),
                Arguments.of(DocketProblem.unknownCaseType("民初"), "unknownCaseType", "unknownCaseType", 400),
                Arguments.of(
                        DocketProblem.noSuperiorCourt(CourtCode.of("最高法")), "noSuperiorCourt", "noSuperiorCourt", 409));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("problems")
    void everyProblemPointsAtMessagesThatExist(DocketProblem problem, String title, String detail, int status)
            throws IOException {
        var messages = new Properties();
        try (var reader = new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/messages/docket_en.properties")),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }

        assertThat(problem.getTitleMessageCode()).isEqualTo("docket.problem." + title + ".title");
        assertThat(problem.getDetailMessageCode()).isEqualTo("docket.problem." + detail + ".detail");
        assertThat(messages).containsKeys(problem.getTitleMessageCode(), problem.getDetailMessageCode());
        assertThat(problem.getStatusCode().value()).isEqualTo(status);
    }
}
