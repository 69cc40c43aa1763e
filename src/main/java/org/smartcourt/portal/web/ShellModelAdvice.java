package org.smartcourt.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartcourt.shared.Language;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the menu for the signed-in user's roles, the languages and the current path. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request, Locale locale) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var signedIn = isSignedIn(authentication);
        Set<String> roles = signedIn
                ? authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet())
                : Set.of();
        var current = Language.of(locale).orElse(Language.DEFAULT);
        return new Shell(
                Navigation.visibleTo(roles, signedIn),
                signedIn ? authentication.getName() : null,
                List.of(Language.values()),
                current,
                request.getRequestURI());
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The layout's model; {@code username} is null for visitors. */
    record Shell(
            List<Navigation.Entry> navigation,
            @org.jspecify.annotations.Nullable String username,
            List<Language> languages,
            Language language,
            String path) {

        public boolean signedIn() {
            return username != null;
        }
    }
}
