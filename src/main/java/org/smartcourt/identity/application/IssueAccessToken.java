package org.smartcourt.identity.application;

import java.time.Clock;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues the bearer token an API client sends after signing in: a JWT signed with HS256. */
@Component
public class IssueAccessToken {

    /** The signed token and how many seconds it stays valid. */
    public record AccessToken(String value, long expiresIn) {}

    static final String ISSUER = "smartcourt";

    private final JwtEncoder encoder;
    private final IdentityProperties properties;
    private final Clock clock;

    IssueAccessToken(JwtEncoder encoder, IdentityProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    public AccessToken issue(SignedIn signedIn) {
        var now = clock.instant();
        var lifetime = properties.tokenLifetime();
        var claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(signedIn.username().value())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("roles", signedIn.roles().stream().map(Enum::name).toList())
                .claim("courts", signedIn.courts())
                .build();
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        var token = encoder.encode(JwtEncoderParameters.from(header, claims));
        return new AccessToken(token.getTokenValue(), lifetime.toSeconds());
    }
}
