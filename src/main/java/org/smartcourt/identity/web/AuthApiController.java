package org.smartcourt.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.smartcourt.identity.application.Channel;
import org.smartcourt.identity.application.IssueAccessToken;
import org.smartcourt.identity.application.LogIn;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signs API clients in and hands them a bearer token. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController implements IdentityApi {

    private final LogIn logIn;
    private final IssueAccessToken tokens;

    AuthApiController(LogIn logIn, IssueAccessToken tokens) {
        this.logIn = logIn;
        this.tokens = tokens;
    }

    @PostMapping("/login")
    ResponseEntity<ApiResponses.Token> login(@RequestBody ApiRequests.Login body, HttpServletRequest request) {
        ApiRequests.refuseUnknown(body.unknown());
        var outcome = logIn.signIn(
                new LogIn.Credentials(
                        Objects.toString(body.username(), ""), Objects.toString(body.password(), ""), body.totp()),
                new LogIn.Origin(Channel.API, request.getRemoteAddr()),
                false);
        var signedIn = ((LogIn.Complete) outcome).signedIn();
        var token = tokens.issue(signedIn);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new ApiResponses.Token(token.value(), "Bearer", token.expiresIn()));
    }
}
