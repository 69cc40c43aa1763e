package org.smartcourt.api.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings shared by every endpoint under {@code /api}.
 *
 * @param maxBodySize largest request body accepted (JSON, text, forms); multipart uploads keep
 *     {@code spring.servlet.multipart.*}
 * @param idempotencyRetention how long a response is replayed for a repeated {@code Idempotency-Key}
 * @param idempotencyLockTimeout after how long a request that never finished (its node died) no longer blocks its key
 */
@ConfigurationProperties("smartcourt.api")
public record ApiProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("24h") Duration idempotencyRetention,
        @DefaultValue("5m") Duration idempotencyLockTimeout) {}
