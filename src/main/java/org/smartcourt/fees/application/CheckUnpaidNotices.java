package org.smartcourt.fees.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.fees.persistence.JudgeTasks;
import org.smartcourt.fees.persistence.ReliefApplications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unpaid at the deadline: the case gets a timeline node and its court's judges a task — rule that the suit is treated
 * as withdrawn (民诉解释 Art. 213; 诉讼费用交纳办法 Art. 22 ¶4), unless fee relief is pending.
 */
@Component
public class CheckUnpaidNotices {

    private final FeeNotices notices;
    private final JudgeTasks tasks;
    private final ReliefApplications relief;
    private final Docket docket;
    private final Clock clock;

    CheckUnpaidNotices(FeeNotices notices, JudgeTasks tasks, ReliefApplications relief, Docket docket, Clock clock) {
        this.notices = notices;
        this.tasks = tasks;
        this.relief = relief;
        this.docket = docket;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${smartcourt.fees.overdue-check-interval:1h}",
            initialDelayString = "${smartcourt.fees.overdue-check-interval:1h}")
    void regularly() {
        check(LocalDate.now(clock));
    }

    /** Flags every notice still unpaid after its deadline, as of {@code today}; returns how many. */
    @Transactional
    public int check(LocalDate today) {
        var overdue = notices.overdue(today);
        for (var notice : overdue) {
            notices.setStatus(notice.id(), FeeNotice.Status.OVERDUE);
            // Art. 22 ¶4: only without a relief application (or after its refusal) is the suit treated as withdrawn
            var reliefPending = relief.pendingFor(notice.caseId());
            tasks.insertOnce(
                    notice.caseId(),
                    notice.court(),
                    notice.caseNumber(),
                    "FEE_UNPAID",
                    reliefPending ? "fees.task.unpaidReliefPending" : "fees.task.unpaid",
                    clock.instant());
            docket.recordNode(
                    new CaseId(notice.caseId()),
                    new NewNode(
                            ActorRole.SYSTEM,
                            null,
                            reliefPending ? "fees.node.unpaidReliefPending" : "fees.node.unpaid",
                            List.of(
                                    notice.amountDue().toString(),
                                    notice.deadline().toString()),
                            List.of(),
                            null));
        }
        return overdue.size();
    }
}
