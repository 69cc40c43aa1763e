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
    private final Docket docket;
    private final Clock clock;

    CheckUnpaidNotices(FeeNotices notices, JudgeTasks tasks, Docket docket, Clock clock) {
        this.notices = notices;
        this.tasks = tasks;
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
            tasks.insertOnce(
                    notice.caseId(),
                    notice.court(),
                    notice.caseNumber(),
                    "FEE_UNPAID",
                    "fees.task.unpaid",
                    clock.instant());
            docket.recordNode(
                    new CaseId(notice.caseId()),
                    new NewNode(
                            ActorRole.SYSTEM,
                            null,
                            "fees.node.unpaid",
                            List.of(
                                    notice.amount().toString(),
                                    notice.deadline().toString()),
                            List.of(),
                            null));
        }
        return overdue.size();
    }
}
