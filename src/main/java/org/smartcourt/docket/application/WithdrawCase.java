package org.smartcourt.docket.application;

import java.time.Clock;
import org.smartcourt.docket.CaseId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Withdraws a case at the request of its filer, a plaintiff or a plaintiff's lawyer, before it is closed. */
@Component
public class WithdrawCase {

    private final CaseRecords records;
    private final CaseAccess access;
    private final Clock clock;

    WithdrawCase(CaseRecords records, CaseAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void withdraw(CaseId id, String username) {
        var courtCase = records.load(id);
        var withdrawer = access.withdrawer(courtCase, username, "docket.case.withdrawn");
        records.change(courtCase, c -> c.withdraw(withdrawer, clock.instant()));
        records.save(courtCase, username, "docket.case.withdrawn");
    }
}
