package org.smartcourt.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.application.SecurityEvents;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Audits every sign-out from the web. */
@Component
class RecordLogout implements LogoutHandler {

    private final SecurityEvents events;

    RecordLogout(SecurityEvents events) {
        this.events = events;
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication != null) {
            var name = authentication.getName();
            events.record(
                    name,
                    "identity.logout",
                    "account:" + name,
                    SecurityEvents.Outcome.SUCCESS,
                    Map.of("channel", "web", "ip", String.valueOf(request.getRemoteAddr())));
        }
    }
}
