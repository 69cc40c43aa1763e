package org.smartcourt.delivery.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the service of documents.
 *
 * @param automatic serve the acceptance notice, the fee notice and the complaint copy by itself when a case is
 *     registered
 * @param automaticDays the days after registration within which those are served (CPL Art. 128: 5)
 * @param checkInterval how often automatic services that failed or wait are tried again and public notices whose
 *     period has passed are completed
 * @param maxAutomaticAttempts how often an automatic service is tried before it is left to the clerk
 * @param maxUploadSize the largest PDF a clerk may upload to serve
 */
@ConfigurationProperties("smartcourt.delivery")
public record DeliveryProperties(
        @DefaultValue("true") boolean automatic,
        @DefaultValue("5") int automaticDays,
        @DefaultValue("5m") Duration checkInterval,
        @DefaultValue("12") int maxAutomaticAttempts,
        @DefaultValue("20MB") DataSize maxUploadSize) {

    public DeliveryProperties {
        if (automaticDays < 1 || maxAutomaticAttempts < 1) {
            throw new IllegalArgumentException("smartcourt.delivery: days and attempts are at least 1");
        }
    }
}
