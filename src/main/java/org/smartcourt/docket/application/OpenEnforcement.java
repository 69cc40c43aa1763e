package org.smartcourt.docket.application;

import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.CaseLink;
import org.smartcourt.docket.domain.LinkKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the enforcement case (执) of a decided case. CPL Art. 235: enforced by the court of first instance, so the
 * enforcement of an appeal goes to the court whose case was appealed.
 */
@Component
public class OpenEnforcement {

    static final CaseTypeCode ENFORCEMENT = CaseTypeCode.of("执");

    private final CaseRecords records;
    private final CaseAccess access;
    private final FollowUpCases followUps;

    OpenEnforcement(CaseRecords records, CaseAccess access, FollowUpCases followUps) {
        this.records = records;
        this.access = access;
        this.followUps = followUps;
    }

    @Transactional
    public CaseId open(CaseId decided, String applicant) {
        var earlier = records.load(decided);
        var actor = access.followUp(earlier, applicant, "docket.case.enforcementApplied");
        var court = earlier.links().stream()
                .filter(link -> link.kind() == LinkKind.APPEAL && link.direction() == CaseLink.Direction.BEFORE)
                .findFirst()
                .map(link -> records.load(link.other()).court())
                .orElse(earlier.court());
        return followUps.open(earlier, actor, LinkKind.ENFORCEMENT, court, ENFORCEMENT, earlier.procedure());
    }
}
