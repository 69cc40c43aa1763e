package org.smartcourt.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * TEST ONLY (src/test): opens {@link ConventionsProbeController}'s path without CSRF (the application's chain
 * protects every other path), and signs in whoever the {@code X-Probe-User} header names, so that tests can act as
 * different principals before the identity module issues tokens.
 */
@Configuration(proxyBeanMethods = false)
class ConventionsProbeSecurity {

    static final String USER_HEADER = "X-Probe-User";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain conventionsProbeChain(HttpSecurity http) throws Exception {
        http.securityMatcher(ConventionsProbeController.PATH + "/**", "/api/v1/test-only/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .addFilterBefore(new ProbeUser(), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static final class ProbeUser extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var user = request.getHeader(USER_HEADER);
            if (user != null) {
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
            }
            chain.doFilter(request, response);
        }
    }
}
