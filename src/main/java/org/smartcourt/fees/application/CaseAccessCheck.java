package org.smartcourt.fees.application;

import java.util.List;
import java.util.UUID;

/**
 * Who may see a case's fees and who may pay them. Interim port: the docket's access policy is not yet on its façade;
 * once {@code Docket} exposes it, the adapter asks the docket instead of reading its tables.
 */
public interface CaseAccessCheck {

    /** The filer, a party with a linked account or a party's lawyer. */
    boolean involves(UUID caseId, String username);

    /** The filer, a plaintiff or a plaintiff's lawyer: those who prepay the acceptance fee (Art. 20). */
    boolean actsForPlaintiff(UUID caseId, String username);

    /** The plaintiffs the user acts for: as the plaintiff, the plaintiff's lawyer or the filer. */
    List<Plaintiff> plaintiffsActedForBy(UUID caseId, String username);

    /** A plaintiff, and whether it is a natural person (诉讼费用交纳办法 Art. 44 ¶2). */
    record Plaintiff(String name, boolean naturalPerson) {}
}
