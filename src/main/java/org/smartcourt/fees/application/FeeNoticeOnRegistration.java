package org.smartcourt.fees.application;

import org.smartcourt.docket.CaseRegistered;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Issues the fee notice when a case is registered; a redelivered event changes nothing. Like an application module
 * listener (asynchronous, after commit, tracked by the event publication registry) but the transaction starts only
 * once the {@link SealingGate} lets it through.
 */
@Component
class FeeNoticeOnRegistration {

    private final IssueFeeNotice issue;
    private final SealingGate gate;

    FeeNoticeOnRegistration(IssueFeeNotice issue, SealingGate gate) {
        this.issue = issue;
        this.gate = gate;
    }

    @Async
    @TransactionalEventListener
    void on(CaseRegistered registered) {
        gate.run(() -> issue.issue(registered));
    }
}
