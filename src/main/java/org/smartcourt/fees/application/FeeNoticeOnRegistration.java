package org.smartcourt.fees.application;

import org.smartcourt.docket.CaseRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Issues the fee notice when a case is registered; a redelivered event changes nothing. */
@Component
class FeeNoticeOnRegistration {

    private final IssueFeeNotice issue;

    FeeNoticeOnRegistration(IssueFeeNotice issue) {
        this.issue = issue;
    }

    @ApplicationModuleListener
    void on(CaseRegistered registered) {
        issue.issue(registered);
    }
}
