package org.smartcourt.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.smartcourt.shared.Language;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Remembers the language picked with {@code ?lang=}, if it is one the platform speaks. */
class LanguageSwitch implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var requested = request.getParameter(LanguageConfiguration.LANGUAGE_PARAMETER);
        if (requested == null || requested.isBlank()) {
            return true;
        }
        var resolver = RequestContextUtils.getLocaleResolver(request);
        Language.of(Locale.forLanguageTag(requested.strip())).ifPresent(language -> {
            if (resolver != null) {
                resolver.setLocale(request, response, language.locale());
            }
        });
        return true;
    }
}
