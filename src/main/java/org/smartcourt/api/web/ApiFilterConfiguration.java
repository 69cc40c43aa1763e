package org.smartcourt.api.web;

import jakarta.servlet.DispatcherType;
import org.smartcourt.api.ProblemResponses;
import org.smartcourt.api.application.ApiProperties;
import org.smartcourt.api.application.ClaimIdempotencyKey;
import org.smartcourt.api.application.RecordIdempotentOutcome;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's servlet filters, around Spring Security's filter chain: the size limit before it (cheap refusal of huge
 * bodies), idempotency after it (keys are scoped to the principal), and problem rendering of error dispatches.
 */
@Configuration(proxyBeanMethods = false)
class ApiFilterConfiguration {

    private static final String API_PATHS = "/api/*";

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> apiBodySizeLimitFilter(
            ApiProperties properties, ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.maxBodySize().toBytes(), problems));
        registration.addUrlPatterns(API_PATHS);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> apiIdempotencyFilter(
            ClaimIdempotencyKey claims, RecordIdempotentOutcome outcomes, ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(claims, outcomes, problems));
        registration.addUrlPatterns(API_PATHS);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiErrorDispatchFilter> apiErrorDispatchFilter(ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new ApiErrorDispatchFilter(problems));
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }
}
