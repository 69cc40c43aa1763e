package org.smartcourt.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.smartcourt.fees.ledger.LedgerAccount;
import org.smartcourt.fees.ledger.LedgerTransaction;
import org.smartcourt.fees.payment.GatewaySignature;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.shared.Money;
import org.smartcourt.support.ChildApplication;
import org.smartcourt.support.CourtIntegrationTest;

/**
 * Nothing is lost if the platform is killed between the gateway's payment notification and its booking: the gateway
 * (the sandbox, whose notification queue is a table) retries until it is acknowledged, and the retry books the payment
 * exactly once.
 *
 * <p>The platform runs as a separate process. The booking is made to wait inside its transaction by a row lock this
 * test holds, from its own connection, on the payment order the booking locks first; the process is killed with
 * SIGKILL while the booking waits, the lock is released, and the platform is started again on the same data.
 */
@CourtIntegrationTest
class BookingCrashIT {

    private static final Money FEE = Money.yuan("1800.00");
    private static final String MERCHANT = "smartcourt";
    private static final GatewaySignature SIGNATURE = new GatewaySignature("sandbox-merchant-key-not-a-secret");

    @Test
    void aPaymentNotifiedWhileTheBookingIsKilledIsBookedOnceByTheGatewaysRetry() throws Exception {
        try (var platform = ChildApplication.start("fees-crash", "--smartcourt.fees.sandbox.first-retry=1s")) {
            // given a case's unpaid fee notice of 1,800 yuan, charged to its ledger, and a gateway order for it
            var caseId = UUID.randomUUID();
            var noticeId = UUID.randomUUID();
            var orderId = UUID.randomUUID();
            try (var database = connect(platform)) {
                noticeWithOrder(database, caseId, noticeId, orderId);
            }
            var payUrl = openGatewayOrder(platform, orderId);

            try (var blocker = connect(platform);
                    var watcher = connect(platform)) {
                // when the booking has to wait for the order's row lock
                blocker.setAutoCommit(false);
                try (var lock = blocker.prepareStatement("select id from fee_payment_order where id = ? for update")) {
                    lock.setObject(1, orderId);
                    lock.executeQuery();
                }
                // and the payer pays: the gateway notifies the platform, whose booking now waits inside its transaction
                payOnHostedPage(platform, payUrl);
                await("the booking waiting for the lock")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> waitingBookings(watcher) > 0);

                // and the platform is killed at that moment
                platform.kill();
                blocker.rollback();
                await("the killed booking's session ending")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> waitingBookings(watcher) == 0 && sessionsOnOrder(watcher) == 0);
            }

            // then nothing was booked, and the gateway still owes the notification
            try (var database = connect(platform)) {
                assertThat(count(database, "select count(*) from fee_payment where order_id = ?", orderId))
                        .isZero();
                assertThat(count(
                                database,
                                "select count(*) from sandbox_notification where order_id = ? and delivered_at is null",
                                orderId.toString()))
                        .isEqualTo(1);
            }

            // when the platform comes back on the same data
            platform.restart();

            // then the gateway's retry books the payment, exactly once, and the ledger is right
            try (var database = connect(platform)) {
                await("the retried notification booked")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> count(
                                        database,
                                        "select count(*) from sandbox_notification where order_id = ?"
                                                + " and delivered_at is not null",
                                        orderId.toString())
                                == 1);
                assertThat(count(database, "select count(*) from fee_payment where order_id = ?", orderId))
                        .isEqualTo(1);
                var transactionId = single(
                        database, "select transaction_id from sandbox_order where order_id = ?", orderId.toString());
                assertThat(count(
                                database,
                                "select count(*) from ledger_transaction where kind = 'PAYMENT' and reference = ?",
                                transactionId))
                        .isEqualTo(1);
                assertThat(balance(database, LedgerAccount.feesReceivable(caseId)))
                        .isEqualByComparingTo(BigDecimal.ZERO);
                assertThat(count(
                                database,
                                "select count(*) from (select t.case_id from ledger_entry e join ledger_transaction t"
                                        + " on t.id = e.transaction_id where t.case_id = ? group by t.case_id"
                                        + " having sum(e.debit) = sum(e.credit)) balanced",
                                caseId))
                        .isEqualTo(1);
                assertThat(single(database, "select status from fee_notice where id = ?", noticeId))
                        .isEqualTo("PAID");

                // and the same notification delivered once more books nothing more
                var sent = single(
                        database, "select body from sandbox_notification where order_id = ?", orderId.toString());
                var replay = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(platform.uri("/api/v1/payments/notifications"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(sent))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(replay.body()).isEqualTo("SUCCESS");
                assertThat(count(database, "select count(*) from fee_payment where order_id = ?", orderId))
                        .isEqualTo(1);
            }
        }
    }

    /** A notice as {@code IssueFeeNotice} writes it, its charge in the ledger, and the platform's open order. */
    private static void noticeWithOrder(Connection database, UUID caseId, UUID noticeId, UUID orderId)
            throws SQLException {
        database.setAutoCommit(false);
        var now = Timestamp.from(Instant.now());
        try (var notice = database.prepareStatement("""
                insert into fee_notice (id, case_id, kind, case_number, court, court_name, payers, amount, amount_due,
                    breakdown, facts, issued_on, deadline, status, created_at)
                values (?, ?, 'ACCEPTANCE', '(2026)鲁0102民初9999号', '鲁0102', '济南市历下区人民法院', '{张三}', ?, ?,
                    '[]'::jsonb, ?::jsonb, ?, ?, 'UNPAID', ?)
                """)) {
            notice.setObject(1, noticeId);
            notice.setObject(2, caseId);
            notice.setBigDecimal(3, FEE.amount());
            notice.setBigDecimal(4, FEE.amount());
            notice.setString(
                    5,
                    "{\"kind\":\"CIVIL\",\"stage\":\"FIRST_INSTANCE\",\"claims\":[\"80000.00\"],"
                            + "\"nonPropertyClaims\":false,\"halving\":[],\"province\":\"鲁\"}");
            notice.setObject(6, LocalDate.now());
            notice.setObject(7, LocalDate.now().plusDays(7));
            notice.setTimestamp(8, now);
            notice.executeUpdate();
        }
        var charge = LedgerTransaction.charge(caseId, "鲁0102", noticeId.toString(), FEE);
        var transactionId = UUID.randomUUID();
        try (var transaction = database.prepareStatement("""
                insert into ledger_transaction (id, case_id, kind, reference, booked_at, booked_on)
                values (?, ?, 'CHARGE', ?, ?, ?)
                """)) {
            transaction.setObject(1, transactionId);
            transaction.setObject(2, caseId);
            transaction.setString(3, charge.reference());
            transaction.setTimestamp(4, now);
            transaction.setObject(5, LocalDate.now());
            transaction.executeUpdate();
        }
        var position = 0;
        for (var posting : charge.postings()) {
            try (var entry = database.prepareStatement(
                    "insert into ledger_entry (transaction_id, position, account, debit, credit) values (?, ?, ?, ?, ?)")) {
                entry.setObject(1, transactionId);
                entry.setInt(2, position++);
                entry.setString(3, posting.account().name());
                entry.setBigDecimal(4, posting.debit().amount());
                entry.setBigDecimal(5, posting.credit().amount());
                entry.executeUpdate();
            }
        }
        try (var order = database.prepareStatement("""
                insert into fee_payment_order (id, notice_id, case_id, amount, pay_url, status, created_by, created_at)
                values (?, ?, ?, ?, 'pending', 'CREATED', 'crash-test', ?)
                """)) {
            order.setObject(1, orderId);
            order.setObject(2, noticeId);
            order.setObject(3, caseId);
            order.setBigDecimal(4, FEE.amount());
            order.setTimestamp(5, now);
            order.executeUpdate();
        }
        database.commit();
    }

    /** Opens the order at the sandbox gateway as the platform's adapter does, signed; returns the hosted page. */
    private static String openGatewayOrder(ChildApplication platform, UUID orderId) throws Exception {
        var fields = new HashMap<String, String>(Map.of(
                "merchant_id", MERCHANT,
                "order_id", orderId.toString(),
                "amount", FEE.toString(),
                "subject", "(2026)鲁0102民初9999号 案件受理费",
                "notify_url", platform.uri("/api/v1/payments/notifications").toString(),
                "return_url", platform.uri("/").toString(),
                "timestamp", Instant.now().toString(),
                "nonce", UUID.randomUUID().toString()));
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(platform.uri("/sandbox-pay/api/orders"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        IdentityFixtures.JSON.writeValueAsString(SIGNATURE.signed(fields))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return IdentityFixtures.JSON.readTree(response.body()).get("pay_url").asString();
    }

    /** Pays by card on the hosted page, as a browser would. */
    private static void payOnHostedPage(ChildApplication platform, String payUrl) throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var page =
                browser.send(HttpRequest.newBuilder(URI.create(payUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var form = Jsoup.parse(page.body()).selectFirst("form:has(input[name=cardNumber])");
        var csrf = form.selectFirst("input[name=_csrf]").attr("value");
        var paid = browser.send(
                HttpRequest.newBuilder(platform.uri(form.attr("action")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("method=CARD&cardNumber=6222020000000000&_csrf="
                                + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(302);
    }

    private static Connection connect(ChildApplication platform) throws SQLException {
        return DriverManager.getConnection(platform.jdbcUrl());
    }

    /**
     * Sessions other than this one waiting for a lock while locking a payment order. Asked outside any transaction:
     * within one, PostgreSQL shows the same snapshot of the activity again and again.
     */
    private static long waitingBookings(Connection database) throws SQLException {
        return count(database, """
                select count(*) from pg_stat_activity
                 where pid <> pg_backend_pid() and wait_event_type = 'Lock' and query like '%fee_payment_order%'
                """);
    }

    /** Sessions other than this one still in a transaction that touched payment orders. */
    private static long sessionsOnOrder(Connection database) throws SQLException {
        return count(database, """
                select count(*) from pg_stat_activity
                 where pid <> pg_backend_pid() and state <> 'idle' and query like '%fee_payment_order%'
                   and query not like '%pg_stat_activity%'
                """);
    }

    private static BigDecimal balance(Connection database, LedgerAccount account) throws SQLException {
        try (var statement = database.prepareStatement(
                "select coalesce(sum(debit) - sum(credit), 0) from ledger_entry where account = ?")) {
            statement.setString(1, account.name());
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBigDecimal(1);
            }
        }
    }

    private static long count(Connection database, String sql, Object... parameters) throws SQLException {
        var value = single(database, sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String single(Connection database, String sql, Object... parameters) throws SQLException {
        try (var statement = database.prepareStatement(sql)) {
            for (var i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
