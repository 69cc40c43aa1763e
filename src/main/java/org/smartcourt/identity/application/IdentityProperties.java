package org.smartcourt.identity.application;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts and sign-in.
 *
 * @param secretKey base64 of at least 32 random bytes from which the token signing key and the key that encrypts TOTP
 *     secrets are derived; when empty, one is generated once and kept in {@code <data dir>/keys/identity.key}
 * @param tokenLifetime how long an API access token is valid
 * @param lockout how repeated sign-in failures are slowed down and locked out
 * @param realName the built-in real-name verification
 */
@ConfigurationProperties("smartcourt.identity")
public record IdentityProperties(
        @Nullable String secretKey,
        @DefaultValue("1h") Duration tokenLifetime,
        @DefaultValue Lockout lockout,
        @DefaultValue RealName realName) {

    /**
     * @param firstDelayedFailure from this consecutive failure on, the next attempt must wait 2^(n - this) seconds
     * @param maximumDelay the longest such wait
     * @param maxFailures consecutive failures that lock the account
     * @param duration how long a locked account stays locked
     */
    public record Lockout(
            @DefaultValue("3") int firstDelayedFailure,
            @DefaultValue("60s") Duration maximumDelay,
            @DefaultValue("10") int maxFailures,
            @DefaultValue("30m") Duration duration) {}

    /**
     * @param registry CSV file ({@code name,idNumber} per line) the built-in verifier compares with; a Spring resource
     *     location such as {@code file:/etc/smartcourt/registry.csv}
     */
    public record RealName(
            @DefaultValue("classpath:identity/real-name-registry.csv")
            String registry) {}
}
