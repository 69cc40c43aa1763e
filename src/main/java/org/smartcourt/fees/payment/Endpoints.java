package org.smartcourt.fees.payment;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The base URLs of the gateway and of the platform as the gateway sees it. Empty settings mean this application on
 * localhost, whose port is known only once the web server has started.
 */
@Component
public class Endpoints {

    private final PaymentProperties properties;
    private final Environment environment;

    Endpoints(PaymentProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public String gateway() {
        var configured = properties.gatewayUrl();
        return configured == null || configured.isBlank() ? local() + "/sandbox-pay" : strip(configured);
    }

    public String platform() {
        var configured = properties.platformUrl();
        return configured == null || configured.isBlank() ? local() : strip(configured);
    }

    /** Where the gateway posts its payment notifications. */
    public String notifyUrl() {
        return platform() + "/api/v1/payments/notifications";
    }

    private String local() {
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
