package org.smartcourt.docket.application;

import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.AssignmentMethod;
import org.smartcourt.docket.domain.CaseNumbering;
import org.smartcourt.docket.domain.JudgeAssignment;
import org.smartcourt.shared.CaseNumber;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a case (立案): gives it the next case number of its court, year and type, then assigns a judge among the
 * court's eligible judges, at random, by rule or as designated, all in one transaction.
 */
@Component
public class RegisterCase {

    /** What the clerk decided: how to choose the judge, and whom when designating. */
    public record Decision(
            @Nullable AssignmentMethod method, @Nullable String judge) {

        public static Decision byDefault() {
            return new Decision(null, null);
        }
    }

    /** The number given and the judge assigned, if the court has an eligible judge. */
    public record Result(CaseNumber caseNumber, @Nullable JudgeAssignment judge) {}

    private final CaseRecords records;
    private final CaseAccess access;
    private final CaseNumbering numbering;
    private final JudgeSelection judges;
    private final Clock clock;

    RegisterCase(CaseRecords records, CaseAccess access, CaseNumbering numbering, JudgeSelection judges, Clock clock) {
        this.records = records;
        this.access = access;
        this.numbering = numbering;
        this.judges = judges;
        this.clock = clock;
    }

    @Transactional
    public Result register(CaseId id, String clerk, Decision decision) {
        var courtCase = records.load(id);
        var registrar = access.registrar(courtCase, clerk, "docket.case.registered");
        var now = clock.instant();
        // 案号规定 Art. 3, 9: the year of receipt, counted in Beijing time.
        var year = now.atZone(DocketConfiguration.COURT_ZONE).getYear();
        records.change(courtCase, c -> {
            var serial = numbering.nextSerial(
                    c.court(), year, c.specialisedCode(), c.type().value());
            c.register(
                    new CaseNumber(
                            year, c.court(), c.specialisedCode(), c.type().value(), serial, null),
                    registrar,
                    now);
        });
        var number = Objects.requireNonNull(courtCase.number());
        // Without an eligible judge the case stays REGISTERED and waits for a manual assignment.
        var assignment = judges.select(courtCase, number.serial(), decision.method(), decision.judge(), now);
        assignment.ifPresent(assigned -> records.change(courtCase, c -> c.assignJudge(assigned, registrar)));
        records.save(courtCase, clerk, "docket.case.registered");
        return new Result(number, assignment.orElse(null));
    }
}
