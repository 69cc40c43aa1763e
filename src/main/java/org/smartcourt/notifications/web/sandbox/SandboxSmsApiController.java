package org.smartcourt.notifications.web.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.smartcourt.notifications.sandbox.SandboxSmsCenter;
import org.smartcourt.notifications.sandbox.SandboxText;
import org.smartcourt.notifications.sandbox.SmsSandboxEnabled;
import org.smartcourt.notifications.sms.SmsSignature;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox SMS gateway's client API: send a text ({@code POST /sandbox-sms/api/messages}) and read the texts to a
 * number ({@code GET /sandbox-sms/api/messages?to=}). Every request carries the API key, a timestamp and a signature
 * as {@link SmsSignature} says.
 */
@RestController
@SmsSandboxEnabled
@RequestMapping(path = "/sandbox-sms/api/messages", produces = MediaType.APPLICATION_JSON_VALUE)
class SandboxSmsApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SandboxSmsCenter center;

    SandboxSmsApiController(SandboxSmsCenter center) {
        this.center = center;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> send(
            @RequestHeader(name = SmsSignature.KEY_HEADER, defaultValue = "") String key,
            @RequestHeader(name = SmsSignature.TIMESTAMP_HEADER, defaultValue = "") String timestamp,
            @RequestHeader(name = SmsSignature.SIGNATURE_HEADER, defaultValue = "") String signature,
            @RequestBody String body) {
        if (!center.authentic(key, timestamp, body, signature)) {
            return ResponseEntity.status(401).body(Map.of("error", "SIGNATURE_INVALID"));
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "NOT_JSON"));
        }
        var to = text(request, "to");
        var text = text(request, "text");
        var reference = text(request, "reference");
        var signName = text(request, "sign_name");
        if (!to.matches("1[3-9]\\d{9}")) {
            return ResponseEntity.badRequest().body(Map.of("error", "INVALID_MOBILE"));
        }
        if (text.isBlank() || reference.isBlank() || signName.isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "MISSING_FIELD"));
        }
        if (to.startsWith(SandboxSmsCenter.UNREACHABLE_PREFIX)) {
            return ResponseEntity.status(503).body(Map.of("error", "CARRIER_UNAVAILABLE"));
        }
        var taken = center.accept(key, to, text, signName, reference);
        return ResponseEntity.ok(Map.of("message_id", taken.messageId(), "status", "ACCEPTED"));
    }

    @GetMapping
    ResponseEntity<?> received(
            @RequestHeader(name = SmsSignature.KEY_HEADER, defaultValue = "") String key,
            @RequestHeader(name = SmsSignature.TIMESTAMP_HEADER, defaultValue = "") String timestamp,
            @RequestHeader(name = SmsSignature.SIGNATURE_HEADER, defaultValue = "") String signature,
            @RequestParam String to,
            HttpServletRequest http) {
        var query = http.getQueryString() == null ? "" : http.getQueryString();
        if (!center.authentic(key, timestamp, query, signature)) {
            return ResponseEntity.status(401).body(Map.of("error", "SIGNATURE_INVALID"));
        }
        List<SandboxText> texts = center.to(to);
        return ResponseEntity.ok(texts);
    }

    private static String text(JsonNode request, String field) {
        var value = request.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
