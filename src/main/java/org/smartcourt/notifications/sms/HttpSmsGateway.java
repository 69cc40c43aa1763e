package org.smartcourt.notifications.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import org.smartcourt.notifications.application.Links;
import org.smartcourt.notifications.application.NotificationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks a commercial SMS gateway's HTTP API: {@code POST <gateway>/api/messages} with a JSON body {@code {"to",
 * "text", "sign_name", "reference"}}, signed as {@link SmsSignature} says; the gateway answers 200 with {@code
 * {"message_id"}} when it took the text, 4xx when it refuses it and 5xx when it cannot take it now.
 */
@Component
class HttpSmsGateway implements SmsGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationProperties properties;
    private final Links links;
    private final Clock clock;
    private final SmsSignature signature;
    private final HttpClient http;

    HttpSmsGateway(NotificationProperties properties, Links links, Clock clock) {
        this.properties = properties;
        this.links = links;
        this.clock = clock;
        this.signature = new SmsSignature(properties.sms().apiSecret());
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.sms().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Answer send(String mobile, String text, String reference) {
        var sms = properties.sms();
        var gatewayUrl = sms.gatewayUrl();
        var configured = gatewayUrl != null && !gatewayUrl.isBlank();
        if (!configured && !sms.sandbox()) {
            return Answer.refused("No SMS gateway is configured (smartcourt.notifications.sms.gateway-url)");
        }
        var fields = new LinkedHashMap<String, String>();
        fields.put("to", mobile);
        fields.put("text", text);
        fields.put("sign_name", sms.signName());
        fields.put("reference", reference);
        var body = JSON.writeValueAsString(fields);
        var timestamp = clock.instant().toString();
        var url = links.smsGateway() + "/api/messages";
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(sms.timeout())
                .header("Content-Type", "application/json")
                .header(SmsSignature.KEY_HEADER, sms.apiKey())
                .header(SmsSignature.TIMESTAMP_HEADER, timestamp)
                .header(SmsSignature.SIGNATURE_HEADER, signature.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return Answer.refused("The SMS gateway could not be reached at " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.refused("Interrupted while calling the SMS gateway");
        }
        var answer = parsed(response.body());
        if (response.statusCode() == 200 && answer != null && answer.hasNonNull("message_id")) {
            return Answer.accepted(answer.get("message_id").asString());
        }
        var error = answer != null && answer.hasNonNull("error")
                ? answer.get("error").asString()
                : abbreviated(response.body());
        return Answer.refused("The SMS gateway answered " + response.statusCode() + ": " + error);
    }

    private static @Nullable JsonNode parsed(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
