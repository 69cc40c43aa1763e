package org.smartcourt.docket.application;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.domain.AssignmentMethod;
import org.smartcourt.docket.domain.CourtCase;
import org.smartcourt.docket.domain.CourtStaff;
import org.smartcourt.docket.domain.JudgeAssignment;
import org.smartcourt.docket.domain.JudgeDraw;
import org.springframework.stereotype.Component;

/** Chooses the judge of a registered case among its court's eligible judges, by the method the clerk asked for. */
@Component
class JudgeSelection {

    private final CourtStaff staff;
    private final JudgeDraw draw;
    private final DocketProperties properties;

    JudgeSelection(CourtStaff staff, JudgeDraw draw, DocketProperties properties) {
        this.staff = staff;
        this.draw = draw;
        this.properties = properties;
    }

    /** The assignment, or empty when the court has no eligible judge; the configured method when none is asked. */
    Optional<JudgeAssignment> select(
            CourtCase courtCase,
            long serial,
            @Nullable AssignmentMethod asked,
            @Nullable String designated,
            Instant at) {
        var method = asked == null ? properties.assignmentMethod() : asked;
        try {
            return draw.choose(staff.judgesOf(courtCase.court()), method, serial, designated)
                    .map(judge ->
                            new JudgeAssignment(judge, staff.publicNameOf(judge).orElse(null), method, at));
        } catch (IllegalArgumentException notEligible) {
            throw DocketProblem.invalidRequest(notEligible.getMessage());
        }
    }
}
