package org.smartcourt.filing.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.smartcourt.filing.domain.AmountInDisputeRule;
import org.smartcourt.filing.domain.Draft;
import org.smartcourt.filing.domain.Drafts;
import org.smartcourt.filing.domain.ElementCheck;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.filing.domain.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows a draft to its owner, with what is still missing and the amount in dispute so far. */
@Component
public class ViewDraft {

    /** A draft with its schema, what keeps it from being filed, and the amount in dispute by rule. */
    public record DraftView(Draft draft, ElementSchema schema, List<Violation> missing, BigDecimal amountInDispute) {}

    private final DraftAccess access;
    private final Drafts drafts;
    private final Schemas schemas;

    ViewDraft(DraftAccess access, Drafts drafts, Schemas schemas) {
        this.access = access;
        this.drafts = drafts;
        this.schemas = schemas;
    }

    @Transactional(readOnly = true)
    public DraftView view(UUID id, String user) {
        return of(access.load(id, user, "filing.draft.read"));
    }

    @Transactional(readOnly = true)
    public List<DraftView> mine(String user) {
        return drafts.of(user).stream().map(this::of).toList();
    }

    private DraftView of(Draft draft) {
        var schema = schemas.of(draft);
        var missing = ElementCheck.check(schema, draft.answers(), schemas.today(), ElementCheck.Completeness.COMPLETE);
        return new DraftView(draft, schema, missing, AmountInDisputeRule.sum(schema, draft.answers()));
    }
}
