package org.smartcourt.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.smartcourt.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Every module keeps its texts in {@code messages/<module>_zh_CN.properties} and {@code messages/<module>_en.properties};
 * this gathers them into one message source. The language comes from the {@code lang} cookie (set by the language
 * switch), else from {@code Accept-Language}, else Simplified Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(moduleBundles());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Language.DEFAULT.locale());
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    static String[] moduleBundles() {
        try {
            var resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_en.properties");
            return Arrays.stream(resources)
                    .map(resource -> Objects.requireNonNull(resource.getFilename()))
                    .map(name -> "messages/" + name.substring(0, name.length() - "_en.properties".length()))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(LANGUAGE_PARAMETER);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            var header = request.getHeader("Accept-Language");
            if (header == null || header.isBlank()) {
                return Language.DEFAULT.locale();
            }
            try {
                var best = Locale.lookup(Locale.LanguageRange.parse(header), Language.locales());
                if (best != null) {
                    return best;
                }
                return Locale.LanguageRange.parse(header).stream()
                        .map(range -> Locale.forLanguageTag(range.getRange()))
                        .flatMap(locale -> Language.of(locale).stream())
                        .findFirst()
                        .orElse(Language.DEFAULT)
                        .locale();
            } catch (IllegalArgumentException malformed) {
                return Language.DEFAULT.locale();
            }
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }
}
