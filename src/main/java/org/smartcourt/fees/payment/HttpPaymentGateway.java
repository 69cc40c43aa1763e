package org.smartcourt.fees.payment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smartcourt.shared.Money;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks the gateway protocol over HTTP: JSON objects of string fields, each signed with the merchant key (see {@link
 * GatewaySignature}), answers signed the same way; statements are CSV signed in the {@code Gateway-Signature} header.
 */
@Component
class HttpPaymentGateway implements PaymentGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final HttpClient http;
    private final Endpoints endpoints;
    private final PaymentProperties properties;
    private final GatewaySignature signature;

    HttpPaymentGateway(Endpoints endpoints, PaymentProperties properties, SandboxProperties sandbox) {
        this.endpoints = endpoints;
        this.properties = properties;
        this.signature = new GatewaySignature(sandbox.merchantKey());
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.gatewayTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public CreatedOrder createOrder(OrderRequest request) {
        var answer = call(
                "/api/orders",
                Map.of(
                        "order_id", request.orderId(),
                        "amount", request.amount().toString(),
                        "subject", request.subject(),
                        "notify_url", request.notifyUrl(),
                        "return_url", request.returnUrl()));
        return new CreatedOrder(answer.get("order_id"), answer.get("pay_url"));
    }

    @Override
    public OrderStatus query(String orderId) {
        var answer = call("/api/orders/query", Map.of("order_id", orderId));
        var paidAt = answer.get("paid_at");
        var paid = answer.get("amount_paid");
        return new OrderStatus(
                orderId,
                answer.get("status"),
                answer.get("transaction_id"),
                paid == null ? null : Money.yuan(paid),
                paidAt == null ? null : Instant.parse(paidAt));
    }

    @Override
    public RefundResult refund(String orderId, String refundNo, Money amount) {
        var answer =
                call("/api/refunds", Map.of("order_id", orderId, "refund_no", refundNo, "amount", amount.toString()));
        return new RefundResult(answer.get("refund_id"), refundNo, Money.yuan(answer.get("amount")));
    }

    @Override
    public List<StatementLine> statement(LocalDate day) {
        var request = signedRequest("/api/statements", Map.of("date", day.toString()));
        var response = send(request);
        var given = response.headers().firstValue("Gateway-Signature").orElse("");
        if (!signature.verifyRaw(response.body(), given)) {
            throw new GatewayUnavailable("The statement for " + day + " does not carry the gateway's signature");
        }
        var lines = new ArrayList<StatementLine>();
        for (var line : response.body().split("\n")) {
            if (line.isBlank() || line.startsWith("type,")) {
                continue;
            }
            var cells = line.split(",");
            lines.add(new StatementLine(cells[0], cells[1], cells[2], Money.yuan(cells[3]), Instant.parse(cells[4])));
        }
        return lines;
    }

    @Override
    public boolean verify(Map<String, String> notification) {
        return properties.merchantId().equals(notification.get("merchant_id")) && signature.verify(notification);
    }

    private Map<String, String> call(String path, Map<String, String> fields) {
        var response = send(signedRequest(path, fields));
        Map<String, String> answer;
        try {
            answer = JSON.readValue(response.body(), FIELDS);
        } catch (RuntimeException e) {
            throw new GatewayUnavailable("The gateway answered " + path + " with something other than JSON", e);
        }
        if (!signature.verify(answer)) {
            throw new GatewayUnavailable("The gateway's answer to " + path + " does not carry its signature");
        }
        if (!"SUCCESS".equals(answer.get("result"))) {
            throw new GatewayUnavailable("The gateway refused " + path + ": " + answer.get("error"));
        }
        return answer;
    }

    private HttpRequest signedRequest(String path, Map<String, String> fields) {
        var message = new HashMap<>(fields);
        message.put("merchant_id", properties.merchantId());
        message.put("timestamp", Instant.now().toString());
        message.put("nonce", UUID.randomUUID().toString());
        var body = JSON.writeValueAsString(signature.signed(message));
        return HttpRequest.newBuilder(URI.create(endpoints.gateway() + path))
                .timeout(properties.gatewayTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new GatewayUnavailable("The gateway answered " + response.statusCode() + " to " + request.uri());
            }
            return response;
        } catch (IOException e) {
            throw new GatewayUnavailable("The gateway could not be reached at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailable("Interrupted while calling the gateway", e);
        }
    }
}
