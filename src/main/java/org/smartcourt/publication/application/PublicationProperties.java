package org.smartcourt.publication.application;

import org.smartcourt.publication.anonymisation.Profile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the publication module.
 *
 * @param maxTextLength the longest judgment text (in characters) the anonymiser accepts
 * @param profile how the documents of the platform's own courts are anonymised: {@code PRACTICE_2024} (every party
 *     and organisation masked, RULES.md §5.5) or {@code RULE_2016} (法释〔2016〕19号 Art. 8–11 only)
 */
@ConfigurationProperties("smartcourt.publication")
public record PublicationProperties(
        @DefaultValue("500000") int maxTextLength,
        @DefaultValue("PRACTICE_2024") Profile profile) {

    public PublicationProperties {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("smartcourt.publication.max-text-length must be positive");
        }
    }
}
