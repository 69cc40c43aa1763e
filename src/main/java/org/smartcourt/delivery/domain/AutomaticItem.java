package org.smartcourt.delivery.domain;

import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.docket.PartyRole;

/**
 * What the court serves by itself once a case is registered: the acceptance notice and the fee notice to the plaintiffs
 * (在线诉讼规则 Art. 9(1)) and the copy of the complaint to the defendants (CPL Art. 128), within 5 days.
 */
public enum AutomaticItem {
    ACCEPTANCE_NOTICE(DocumentKind.ACCEPTANCE_NOTICE, PartyRole.PLAINTIFF),
    FEE_NOTICE(DocumentKind.FEE_NOTICE, PartyRole.PLAINTIFF),
    COMPLAINT_COPY(DocumentKind.COMPLAINT_COPY, PartyRole.DEFENDANT);

    private final DocumentKind kind;
    private final PartyRole recipients;

    AutomaticItem(DocumentKind kind, PartyRole recipients) {
        this.kind = kind;
        this.recipients = recipients;
    }

    public DocumentKind kind() {
        return kind;
    }

    public PartyRole recipients() {
        return recipients;
    }
}
