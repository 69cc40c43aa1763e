package org.smartcourt.guidance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.CourtQuery;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.courts.Courts;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.AmountInDispute;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CauseOfAction;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyKind;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.domain.Actor;
import org.smartcourt.docket.domain.AssignmentMethod;
import org.smartcourt.docket.domain.CourtCase;
import org.smartcourt.docket.domain.CourtCases;
import org.smartcourt.docket.domain.JudgeAssignment;
import org.smartcourt.docket.domain.Timeline;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;

/**
 * Closed cases for the duration statistics. The docket has no use case that closes a case yet, so the cases are taken
 * through their lifecycle with the docket's own domain methods and stored with its repository and timeline; no event is
 * published.
 */
public final class ClosedCases {

    private static final Actor CLERK = new Actor("clerk-guidance", ActorRole.CLERK, "郭书记员");

    private final CourtCases cases;
    private final Timeline timeline;

    public ClosedCases(CourtCases cases, Timeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    /**
     * A basic court of Shandong other than 鲁0102, picked at random so that tests sharing the database do not count
     * each other's cases.
     */
    public static CourtSummary anotherBasicCourt(Courts courts) {
        List<CourtSummary> basic = courts.search(new CourtQuery(CourtCode.of("鲁"), CourtLevel.BASIC, null)).stream()
                .filter(court -> !court.code().value().equals("鲁0102"))
                .toList();
        return basic.get(ThreadLocalRandom.current().nextInt(basic.size()));
    }

    /** Registers and closes one first-instance case of the cause at the court for each duration, in days. */
    public void close(CourtCode court, String cause, int... days) {
        var registered = Instant.now().minus(Duration.ofDays(400)).truncatedTo(ChronoUnit.HOURS);
        var year = registered.atZone(ZoneId.of("Asia/Shanghai")).getYear();
        var serial = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        for (var duration : days) {
            var courtCase =
                    CourtCase.file(CaseId.random(), filing(court, cause), registered.minusSeconds(3600), List.of());
            courtCase.register(CaseNumber.of(year, court, "民初", serial++), CLERK, registered);
            courtCase.assignJudge(
                    new JudgeAssignment("judge-guidance", "顾法官", AssignmentMethod.RANDOM, registered), CLERK);
            courtCase.close(CLERK, registered.plus(Duration.ofDays(duration)));
            cases.save(courtCase);
            courtCase.newNodes().forEach(timeline::append);
        }
    }

    private static NewCase filing(CourtCode court, String cause) {
        var suffix = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return new NewCase(
                court,
                CaseTypeCode.of("民初"),
                Procedure.SUMMARY,
                CauseOfAction.named(cause),
                AmountInDispute.of("50000"),
                List.of(
                        new Party(PartyRole.PLAINTIFF, PartyKind.NATURAL_PERSON, "原告甲", "P-" + suffix, null),
                        new Party(PartyRole.DEFENDANT, PartyKind.NATURAL_PERSON, "被告乙", "D-" + suffix, null)),
                List.of(),
                "filer-" + suffix);
    }
}
