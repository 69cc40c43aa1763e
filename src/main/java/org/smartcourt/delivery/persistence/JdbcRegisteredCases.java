package org.smartcourt.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.smartcourt.delivery.domain.CaseFacts;
import org.smartcourt.delivery.domain.RegisteredCases;
import org.smartcourt.docket.Procedure;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered cases in {@code delivery_case}, and documents issued for them in {@code delivery_case_document}. */
@Repository
class JdbcRegisteredCases implements RegisteredCases {

    private final JdbcClient jdbc;

    JdbcRegisteredCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(CaseFacts facts) {
        return jdbc.sql("""
                        insert into delivery_case (case_id, case_number, court, procedure, cause, registered_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                        .params(
                                facts.caseId(),
                                facts.caseNumber().toString(),
                                facts.court().value(),
                                facts.procedure().name(),
                                facts.cause(),
                                Rows.timestamp(facts.registeredAt()))
                        .update()
                == 1;
    }

    @Override
    public Optional<CaseFacts> find(UUID caseId) {
        return jdbc.sql("select * from delivery_case where case_id = ?")
                .param(caseId)
                .query(JdbcRegisteredCases::facts)
                .optional();
    }

    @Override
    public Optional<CaseFacts> withNumber(String caseNumber) {
        return jdbc.sql("select * from delivery_case where case_number = ?")
                .param(caseNumber)
                .query(JdbcRegisteredCases::facts)
                .optional();
    }

    @Override
    public java.util.List<CaseFacts> latestAt(CourtCode court, int limit) {
        return jdbc.sql("select * from delivery_case where court = ? order by registered_at desc limit ?")
                .params(court.value(), limit)
                .query(JdbcRegisteredCases::facts)
                .list();
    }

    @Override
    public void keepDocument(String caseNumber, String kind, String hash) {
        jdbc.sql("insert into delivery_case_document (case_number, kind, hash) values (?, ?, ?) on conflict do nothing")
                .params(caseNumber, kind, hash)
                .update();
    }

    @Override
    public Optional<String> document(String caseNumber, String kind) {
        return jdbc.sql("select hash from delivery_case_document where case_number = ? and kind = ?")
                .params(caseNumber, kind)
                .query(String.class)
                .optional();
    }

    private static CaseFacts facts(ResultSet rs, int row) throws SQLException {
        var number = rs.getString("case_number");
        return new CaseFacts(
                rs.getObject("case_id", UUID.class),
                CaseNumber.parse(number).orElseThrow(() -> new IllegalStateException("Not a case number: " + number)),
                CourtCode.of(rs.getString("court")),
                Procedure.valueOf(rs.getString("procedure")),
                rs.getString("cause"),
                Rows.requiredInstant(rs, "registered_at"));
    }
}
