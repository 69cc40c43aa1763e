package org.smartcourt.identity.application;

import java.nio.file.Path;
import java.time.Clock;
import org.smartcourt.identity.domain.LoginThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Keys, password hashing, token codecs and the login throttle of the identity module. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    IdentityKeys identityKeys(IdentityProperties properties, @Value("${smartcourt.data-dir:./data}") Path dataDir) {
        return IdentityKeys.load(properties.secretKey(), dataDir);
    }

    @Bean
    TotpSecrets totpSecrets(IdentityKeys keys) {
        return new TotpSecrets(keys);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    LoginThrottle loginThrottle(IdentityProperties properties) {
        var lockout = properties.lockout();
        return new LoginThrottle(
                lockout.firstDelayedFailure(), lockout.maximumDelay(), lockout.maxFailures(), lockout.duration());
    }

    @Bean
    JwtEncoder jwtEncoder(IdentityKeys keys) {
        return NimbusJwtEncoder.withSecretKey(keys.tokenSigningKey())
                .algorithm(MacAlgorithm.HS256)
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(IdentityKeys keys, Clock clock) {
        var decoder = NimbusJwtDecoder.withSecretKey(keys.tokenSigningKey())
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        var timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        decoder.setJwtValidator(timestamps);
        return decoder;
    }
}
