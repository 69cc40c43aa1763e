package org.smartcourt.notifications.application;

import java.net.URI;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's base URL as a recipient outside sees it, and links made absolute against it. An empty setting means
 * this application on localhost, whose port is known only once the web server has started.
 */
@Component
public class Links {

    private final NotificationProperties properties;
    private final Environment environment;

    Links(NotificationProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public String platform() {
        var configured = properties.platformUrl();
        return configured == null || configured.isBlank() ? local() : strip(configured);
    }

    /** The link as a recipient can open it from an e-mail or a text. */
    public String absolute(URI link) {
        if (link.isAbsolute()) {
            return link.toString();
        }
        var path = link.toString();
        return platform() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The SMS gateway's base URL: the configured one, else the sandbox of this application. */
    public String smsGateway() {
        var configured = properties.sms().gatewayUrl();
        return configured == null || configured.isBlank() ? local() + "/sandbox-sms" : strip(configured);
    }

    private String local() {
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
