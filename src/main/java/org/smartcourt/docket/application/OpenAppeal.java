package org.smartcourt.docket.application;

import java.util.Optional;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.courts.Courts;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.domain.LinkKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the appeal (上诉) of a first-instance case at the superior court (CPL Art. 171), numbered under the
 * second-instance type ({@code 民初} → {@code 民终}) when registered there.
 */
@Component
public class OpenAppeal {

    private final CaseRecords records;
    private final CaseAccess access;
    private final FollowUpCases followUps;
    private final Courts courts;

    OpenAppeal(CaseRecords records, CaseAccess access, FollowUpCases followUps, Courts courts) {
        this.records = records;
        this.access = access;
        this.followUps = followUps;
        this.courts = courts;
    }

    @Transactional
    public CaseId open(CaseId firstInstance, String appellant) {
        var earlier = records.load(firstInstance);
        var actor = access.followUp(earlier, appellant, "docket.case.appealed");
        var type = earlier.type().value();
        if (!type.endsWith("初")) {
            throw DocketProblem.invalidRequest("Only first-instance cases are appealed: " + type);
        }
        var superior = courts.find(earlier.court())
                .flatMap(court -> Optional.ofNullable(court.parentCode()))
                .orElseThrow(() -> DocketProblem.noSuperiorCourt(earlier.court()));
        var appealType = CaseTypeCode.of(type.substring(0, type.length() - 1) + "终");
        return followUps.open(earlier, actor, LinkKind.APPEAL, superior, appealType, Procedure.ORDINARY);
    }
}
