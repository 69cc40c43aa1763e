package org.smartcourt.docket.persistence;

import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.domain.CaseNumbering;
import org.smartcourt.shared.CourtCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serials from {@code docket_case_number_counter}. The upsert takes the row lock until the registering transaction
 * ends, so concurrent registrations on any node queue up behind it, and a rollback returns the serial.
 */
@Repository
class JdbcCaseNumbering implements CaseNumbering {

    private final JdbcClient jdbc;

    JdbcCaseNumbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long nextSerial(CourtCode court, int year, @Nullable String specialisedCode, String typeCode) {
        return jdbc.sql("""
                insert into docket_case_number_counter as counter
                    (court, year, specialised_code, type_code, last_serial)
                values (?, ?, ?, ?, 1)
                on conflict (court, year, specialised_code, type_code)
                do update set last_serial = counter.last_serial + 1
                returning last_serial
                """)
                .params(court.value(), year, specialisedCode == null ? "" : specialisedCode, typeCode)
                .query(Long.class)
                .single();
    }
}
