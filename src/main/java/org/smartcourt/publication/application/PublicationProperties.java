package org.smartcourt.publication.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the publication module.
 *
 * @param maxTextLength the longest judgment text (in characters) the anonymiser accepts
 */
@ConfigurationProperties("smartcourt.publication")
public record PublicationProperties(@DefaultValue("500000") int maxTextLength) {

    public PublicationProperties {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("smartcourt.publication.max-text-length must be positive");
        }
    }
}
