package org.smartcourt.delivery.persistence;

import java.util.Optional;
import java.util.UUID;
import org.smartcourt.delivery.domain.Certificates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certificates issued, in {@code service_certificate}. */
@Repository
class JdbcCertificates implements Certificates {

    private final JdbcClient jdbc;

    JdbcCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> find(UUID serviceId, int traceSize) {
        return jdbc.sql("select hash from service_certificate where service_id = ? and trace_size = ?")
                .params(serviceId, traceSize)
                .query(String.class)
                .optional();
    }

    @Override
    public void add(UUID serviceId, int traceSize, String hash) {
        jdbc.sql(
                        "insert into service_certificate (service_id, trace_size, hash) values (?, ?, ?) on conflict do nothing")
                .params(serviceId, traceSize, hash)
                .update();
    }
}
