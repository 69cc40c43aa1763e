package org.smartcourt.docket.persistence;

import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.ClosedCaseDurations;
import org.smartcourt.docket.domain.CaseDurations;
import org.smartcourt.shared.CourtCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Durations of closed cases: registration time from {@code docket_case}, closing time from the case's
 * {@code docket.node.closed} timeline node; both taken as Beijing dates, so a case closed the day after registration
 * took one day.
 */
@Repository
class JdbcCaseDurations implements CaseDurations {

    private final JdbcClient jdbc;

    JdbcCaseDurations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ClosedCaseDurations closed(CourtCode court, CaseTypeCode type, String cause) {
        return jdbc.sql("""
                        select count(*) as cases,
                               percentile_disc(0.5) within group (order by days) as median,
                               percentile_disc(0.8) within group (order by days) as p80
                        from (select (node.at at time zone 'Asia/Shanghai')::date
                                     - (c.registered_at at time zone 'Asia/Shanghai')::date as days
                              from docket_case c
                              join docket_case_node node
                                on node.case_id = c.id and node.message_code = 'docket.node.closed'
                              where c.court = :court and c.type_code = :type and c.cause_name = :cause
                                and c.status = 'CLOSED' and c.registered_at is not null) closed
                        """)
                .param("court", court.value())
                .param("type", type.value())
                .param("cause", cause)
                .query((rs, n) -> {
                    var cases = rs.getInt("cases");
                    return cases == 0
                            ? ClosedCaseDurations.NONE
                            : new ClosedCaseDurations(cases, rs.getInt("median"), rs.getInt("p80"));
                })
                .single();
    }
}
