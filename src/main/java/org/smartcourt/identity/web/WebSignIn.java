package org.smartcourt.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.application.SignedIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * Keeps a web sign-in in the session. Between a staff member's correct password and their one-time code, the session
 * holds only a pending marker, which grants nothing: the security context stays anonymous until the code is right.
 */
@Component
class WebSignIn {

    static final String PENDING = WebSignIn.class.getName() + ".PENDING";
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

    /** A password that was right, waiting for the one-time code. */
    record Pending(String username, Instant since) implements Serializable {}

    private final SecurityContextRepository contexts;
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();
    private final Clock clock;

    WebSignIn(SecurityContextRepository contexts, Clock clock) {
        this.contexts = contexts;
        this.clock = clock;
    }

    /** Signs the person in: a new session id against fixation, then the full authentication in the session. */
    String complete(SignedIn signedIn, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                signedIn.username().value(),
                null,
                AuthorityUtils.createAuthorityList(signedIn.authorities().toArray(String[]::new)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        var saved = requests.getRequest(request, response);
        if (saved != null) {
            requests.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return signedIn.authorities().stream().anyMatch(WebSignIn::isStaffAuthority) ? "/staff" : "/account";
    }

    void awaitSecondFactor(Username username, HttpServletRequest request) {
        request.getSession().setAttribute(PENDING, new Pending(username.value(), clock.instant()));
        request.changeSessionId();
    }

    Optional<Username> pending(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(pending.since().plus(PENDING_LIFETIME))) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(Username.parse(pending.username()));
    }

    void abandon(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    private static boolean isStaffAuthority(String authority) {
        return authority.equals("ROLE_CLERK")
                || authority.equals("ROLE_JUDGE")
                || authority.equals("ROLE_PRESIDENT")
                || authority.equals("ROLE_FINANCE")
                || authority.equals("ROLE_ADMIN");
    }
}
