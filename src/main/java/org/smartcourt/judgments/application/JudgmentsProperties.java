package org.smartcourt.judgments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the judgments module ({@code smartcourt.judgments.*}).
 *
 * @param effectCheckCron when the platform looks for decisions whose appeal period has lapsed (Beijing time); they
 *     take effect from the day after the last day whenever the check runs
 * @param maxDocumentSize the largest decision document (PDF or text) a clerk may enter
 */
@ConfigurationProperties("smartcourt.judgments")
public record JudgmentsProperties(
        @DefaultValue("0 5 * * * *") String effectCheckCron,
        @DefaultValue("10MB") DataSize maxDocumentSize) {

    public JudgmentsProperties {
        if (maxDocumentSize.toBytes() < 1) {
            throw new IllegalArgumentException("smartcourt.judgments.max-document-size must be positive");
        }
    }
}
