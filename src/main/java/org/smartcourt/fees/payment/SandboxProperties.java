package org.smartcourt.fees.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sandbox payment gateway and of the platform's merchant account with it.
 *
 * @param merchantKey the key both sides sign messages with (HMAC-SHA256); a development value by default, set a
 *     secret one anywhere else
 * @param notifyPoll how often the sandbox looks for notifications to (re)send
 * @param firstRetry the wait after the first failed notification; doubled after each further failure
 * @param maxRetry the longest wait between two attempts
 */
@ConfigurationProperties("smartcourt.fees.sandbox")
public record SandboxProperties(
        @DefaultValue("sandbox-merchant-key-not-a-secret") String merchantKey,
        @DefaultValue("500ms") Duration notifyPoll,
        @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("10m") Duration maxRetry) {}
