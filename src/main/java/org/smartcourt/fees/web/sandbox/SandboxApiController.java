package org.smartcourt.fees.web.sandbox;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.smartcourt.fees.payment.Endpoints;
import org.smartcourt.fees.sandbox.SandboxEnabled;
import org.smartcourt.fees.sandbox.SandboxGateway;
import org.smartcourt.shared.Money;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox gateway's merchant API. Every request is a JSON object of strings signed with the merchant key; every
 * answer carries {@code result} ({@code SUCCESS} or {@code FAIL}) and is signed the same way.
 */
@RestController
@SandboxEnabled
@RequestMapping(path = "/sandbox-pay/api", produces = MediaType.APPLICATION_JSON_VALUE)
class SandboxApiController {

    private final SandboxGateway gateway;
    private final Endpoints endpoints;

    SandboxApiController(SandboxGateway gateway, Endpoints endpoints) {
        this.gateway = gateway;
        this.endpoints = endpoints;
    }

    @PostMapping("/orders")
    ResponseEntity<Map<String, String>> create(@RequestBody Map<String, String> request) {
        if (!gateway.authentic(request)) {
            return fail(401, "SIGNATURE_INVALID");
        }
        try {
            var order = gateway.open(
                    request.get("merchant_id"),
                    required(request, "order_id"),
                    Money.yuan(required(request, "amount")),
                    required(request, "subject"),
                    required(request, "notify_url"),
                    required(request, "return_url"));
            return ok(Map.of(
                    "order_id",
                    order.orderId(),
                    "status",
                    order.status(),
                    "pay_url",
                    endpoints.gateway() + "/pay/" + order.orderId()));
        } catch (IllegalArgumentException e) {
            return fail(400, "INVALID_REQUEST");
        }
    }

    @PostMapping("/orders/query")
    ResponseEntity<Map<String, String>> query(@RequestBody Map<String, String> request) {
        if (!gateway.authentic(request)) {
            return fail(401, "SIGNATURE_INVALID");
        }
        var order = gateway.find(request.getOrDefault("order_id", ""));
        if (order.isEmpty()) {
            return fail(404, "ORDER_NOT_FOUND");
        }
        var answer = new HashMap<String, String>();
        answer.put("order_id", order.get().orderId());
        answer.put("status", order.get().status());
        answer.put("amount", order.get().amount().toString());
        answer.put("amount_refunded", order.get().refunded().toString());
        if (order.get().transactionId() != null) {
            answer.put("transaction_id", order.get().transactionId());
            answer.put("amount_paid", String.valueOf(order.get().paidAmount()));
            answer.put("paid_at", String.valueOf(order.get().paidAt()));
        }
        return ok(answer);
    }

    @PostMapping("/refunds")
    ResponseEntity<Map<String, String>> refund(@RequestBody Map<String, String> request) {
        if (!gateway.authentic(request)) {
            return fail(401, "SIGNATURE_INVALID");
        }
        try {
            var refund = gateway.refund(
                    required(request, "order_id"),
                    required(request, "refund_no"),
                    Money.yuan(required(request, "amount")));
            var answer = new HashMap<>(refund);
            answer.put("refund_no", request.get("refund_no"));
            return ok(answer);
        } catch (IllegalArgumentException e) {
            return fail(400, "REFUND_REFUSED");
        }
    }

    @PostMapping(path = "/statements", produces = "text/csv")
    ResponseEntity<String> statement(@RequestBody Map<String, String> request) {
        if (!gateway.authentic(request)) {
            return ResponseEntity.status(401).body("SIGNATURE_INVALID");
        }
        var csv = gateway.statement(request.get("merchant_id"), LocalDate.parse(required(request, "date")));
        return ResponseEntity.ok()
                .header("Gateway-Signature", gateway.signRaw(csv))
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(csv);
    }

    private ResponseEntity<Map<String, String>> ok(Map<String, String> answer) {
        var body = new HashMap<>(answer);
        body.put("result", "SUCCESS");
        return ResponseEntity.ok(gateway.signed(body));
    }

    private ResponseEntity<Map<String, String>> fail(int status, String error) {
        return ResponseEntity.status(status).body(gateway.signed(Map.of("result", "FAIL", "error", error)));
    }

    private static String required(Map<String, String> request, String field) {
        var value = request.get(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + field);
        }
        return value;
    }
}
