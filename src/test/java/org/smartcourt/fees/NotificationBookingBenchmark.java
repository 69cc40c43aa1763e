package org.smartcourt.fees;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.smartcourt.CourtApplication;
import org.smartcourt.fees.payment.GatewaySignature;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payment notifications booked per second, end to end over HTTP: signature check, order lock, idempotent insert,
 * ledger entries with the balance trigger, commit. Starts the whole application (profile {@code test}, fresh embedded
 * PostgreSQL), opens {@code n} orders for synthetic cases directly in the fee tables, then posts one signed
 * notification per order from {@code threads} clients. Receipts are sealed asynchronously by one worker thread while
 * the bookings run (for the synthetic cases their timeline node then fails; that happens after the booking). Run with
 * {@code bench/fees-notifications.sh}.
 */
public final class NotificationBookingBenchmark {

    private NotificationBookingBenchmark() {}

    public static void main(String[] args) throws Exception {
        var count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        var threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        var context = SpringApplication.run(
                CourtApplication.class,
                "--spring.profiles.active=test",
                "--server.port=0",
                "--smartcourt.data-dir=target/bench-data",
                "--logging.level.root=warn",
                "--logging.level.org.springframework.aop.interceptor=off",
                // receipts are sealed behind the bookings, one at a time, as a small court's worker would
                "--spring.task.execution.pool.core-size=1");
        try {
            var port = context.getEnvironment().getProperty("local.server.port");
            var key = context.getEnvironment()
                    .getProperty("smartcourt.fees.sandbox.merchant-key", "sandbox-merchant-key-not-a-secret");
            var jdbc = context.getBean(JdbcClient.class);
            var signature = new GatewaySignature(key);
            var json = JsonMapper.builder().build();
            var bodies = new ArrayList<String>();
            for (var i = 0; i < count; i++) {
                bodies.add(json.writeValueAsString(signature.signed(order(jdbc, i))));
            }
            var http = HttpClient.newHttpClient();
            var uri = URI.create("http://localhost:" + port + "/api/v1/payments/notifications");
            warmUp(http, uri, bodies.subList(0, Math.min(100, count)));
            var measured = bodies.subList(Math.min(100, count), count);
            var pool = Executors.newFixedThreadPool(threads);
            var started = System.nanoTime();
            List<Future<Integer>> results = new ArrayList<>();
            for (var body : measured) {
                results.add(pool.submit(() -> http.send(
                                HttpRequest.newBuilder(uri)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode()));
            }
            var failed = 0;
            for (var result : results) {
                failed += result.get() == 200 ? 0 : 1;
            }
            var seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            var booked = jdbc.sql("select count(*) from fee_payment")
                    .query(Long.class)
                    .single();
            System.out.printf(
                    "notifications=%d threads=%d failed=%d booked(total)=%d seconds=%.2f booked/s=%.0f%n",
                    measured.size(), threads, failed, booked, seconds, measured.size() / seconds);
        } finally {
            context.close();
        }
    }

    private static void warmUp(HttpClient http, URI uri, List<String> bodies) throws Exception {
        for (var body : bodies) {
            http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private static TreeMap<String, String> order(JdbcClient jdbc, int i) {
        var caseId = UUID.randomUUID();
        var noticeId = UUID.randomUUID();
        var orderId = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into fee_notice (id, case_id, kind, case_number, court, court_name, payers, amount, breakdown,
                    facts, issued_on, deadline, status, created_at)
                values (?, ?, 'ACCEPTANCE', ?, '鲁0102', '济南市历下区人民法院', '{张三}', 900.00, '[]',
                    '{"kind":"CIVIL","stage":"FIRST_INSTANCE","claims":["80000.00"],"halving":[]}', current_date,
                    current_date + 7, 'UNPAID', ?)
                """)
                .params(noticeId, caseId, "（2026）鲁0102民初" + (900000 + i) + "号", now)
                .update();
        jdbc.sql("""
                insert into fee_payment_order (id, notice_id, case_id, amount, pay_url, status, created_by, created_at)
                values (?, ?, ?, 900.00, 'http://localhost/sandbox-pay/pay', 'CREATED', 'bench', ?)
                """).params(orderId, noticeId, caseId, now).update();
        var fields = new TreeMap<String, String>();
        fields.put("notify_id", UUID.randomUUID().toString());
        fields.put("merchant_id", "smartcourt");
        fields.put("order_id", orderId.toString());
        fields.put("transaction_id", "BENCH" + orderId);
        fields.put("amount", "900.00");
        fields.put("status", "PAID");
        fields.put("method", "CARD");
        fields.put("paid_at", Instant.now().toString());
        return fields;
    }
}
