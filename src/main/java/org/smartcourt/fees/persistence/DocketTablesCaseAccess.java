package org.smartcourt.fees.persistence;

import java.util.UUID;
import org.smartcourt.fees.application.CaseAccessCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the docket's parties read-only until the {@code Docket} façade answers who is involved in a case. Mirrors the
 * docket's CaseAccessPolicy for filers, parties and lawyers; court staff are checked by the caller.
 */
@Component
class DocketTablesCaseAccess implements CaseAccessCheck {

    private final JdbcClient jdbc;

    DocketTablesCaseAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean involves(UUID caseId, String username) {
        return jdbc.sql("""
                select exists (select 1 from docket_case where id = :id and filer = :user)
                    or exists (select 1 from docket_party where case_id = :id and account = :user)
                    or exists (select 1 from docket_representative where case_id = :id and lawyer = :user)
                """)
                .param("id", caseId)
                .param("user", username)
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean actsForPlaintiff(UUID caseId, String username) {
        return jdbc.sql("""
                select exists (select 1 from docket_case where id = :id and filer = :user)
                    or exists (select 1 from docket_party where case_id = :id and account = :user and role = 'PLAINTIFF')
                    or exists (select 1 from docket_representative r join docket_party p
                                   on p.case_id = r.case_id and p.identification = r.for_party
                                where r.case_id = :id and r.lawyer = :user and p.role = 'PLAINTIFF')
                """)
                .param("id", caseId)
                .param("user", username)
                .query(Boolean.class)
                .single();
    }
}
