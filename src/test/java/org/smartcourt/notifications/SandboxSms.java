package org.smartcourt.notifications;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smartcourt.notifications.sms.SmsSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what the sandbox SMS gateway of an application received, over its signed HTTP API, as a client would. */
final class SandboxSms {

    static final String KEY = "smartcourt";
    static final String SECRET = "sandbox-sms-secret-not-a-secret";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SandboxSms() {}

    /** The texts to the number, oldest first, as JSON objects. */
    static List<JsonNode> to(int port, String mobile) throws Exception {
        var query = "to=" + URLEncoder.encode(mobile, StandardCharsets.UTF_8);
        var timestamp = Instant.now().toString();
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox-sms/api/messages?" + query))
                        .header(SmsSignature.KEY_HEADER, KEY)
                        .header(SmsSignature.TIMESTAMP_HEADER, timestamp)
                        .header(SmsSignature.SIGNATURE_HEADER, new SmsSignature(SECRET).sign(timestamp, query))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        var texts = new ArrayList<JsonNode>();
        JSON.readTree(response.body()).forEach(texts::add);
        return texts;
    }
}
