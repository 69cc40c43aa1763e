package org.smartcourt.judgments.application;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.docket.Docket;
import org.smartcourt.judgments.domain.CourtDecisions;
import org.smartcourt.judgments.domain.DecisionStatus;
import org.smartcourt.shared.CourtCalendar;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks for issued decisions whose appeal period is over: unappealed, they are in effect from the day after its last
 * day (CPL Art. 158, 171, 85); appealed, they wait for the second instance. Nodes racing for the same decision are
 * safe: only the one whose update finds it still awaiting announces it.
 */
@Component
public class SettleAppealPeriods {

    private static final Logger log = LoggerFactory.getLogger(SettleAppealPeriods.class);

    private final CourtDecisions decisions;
    private final Docket docket;
    private final DecisionEffects effects;
    private final CourtCalendar calendar;
    private final Clock clock;

    SettleAppealPeriods(
            CourtDecisions decisions, Docket docket, DecisionEffects effects, CourtCalendar calendar, Clock clock) {
        this.decisions = decisions;
        this.docket = docket;
        this.effects = effects;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(cron = "${smartcourt.judgments.effect-check-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    void regularly() {
        var settled = settle(LocalDate.now(clock));
        if (settled > 0) {
            log.info("{} decisions settled after their appeal period", settled);
        }
    }

    /** Settles every decision whose appeal period is over by {@code today}; returns how many changed. */
    @Transactional
    public int settle(LocalDate today) {
        var settled = 0;
        for (var decision : decisions.awaitingEffect()) {
            var effect = decision.effectiveUnlessAppealed(calendar);
            if (effect.isEmpty() || effect.get().isAfter(today)) {
                continue;
            }
            var outline = docket.outline(decision.caseId()).orElse(null);
            if (outline == null) {
                continue;
            }
            var appeal = outline.appeals().isEmpty() ? null : outline.appeals().get(0);
            if (decision.settle(calendar, today, appeal)
                    && decisions.update(decision, DecisionStatus.AWAITING_EFFECT)) {
                settled++;
                if (decision.status() == DecisionStatus.EFFECTIVE) {
                    effects.announce(decision, outline);
                }
            }
        }
        return settled;
    }
}
