package org.smartcourt.docket;

import java.util.List;
import java.util.UUID;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.shared.CourtCode;

/** Filings with unique people, so that tests sharing one database do not see each other's cases. */
public final class Filings {

    private Filings() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A private-lending case: the filer is the plaintiff's account; the defendant has an account too. */
    public static NewCase privateLending(CourtCode court, String plaintiff, String defendant) {
        return of(court, "民初", plaintiff, defendant);
    }

    public static NewCase of(CourtCode court, String typeCode, String plaintiff, String defendant) {
        return new NewCase(
                court,
                CaseTypeCode.of(typeCode),
                Procedure.SUMMARY,
                CauseOfAction.named("民间借贷纠纷"),
                AmountInDispute.of("80000.00"),
                List.of(
                        new Party(PartyRole.PLAINTIFF, PartyKind.NATURAL_PERSON, "张三", "P-" + plaintiff, plaintiff),
                        new Party(PartyRole.DEFENDANT, PartyKind.NATURAL_PERSON, "李四", "D-" + defendant, defendant)),
                List.of(),
                plaintiff);
    }
}
