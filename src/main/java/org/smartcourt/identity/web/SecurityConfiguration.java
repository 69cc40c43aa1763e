package org.smartcourt.identity.web;

import org.smartcourt.api.ProblemResponses;
import org.smartcourt.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who may reach which path. The API chain ({@code /api/**}) is stateless and takes bearer tokens; it answers 401 and
 * 403 as problem details. The web chain signs in with the form at {@code /login} (plus a one-time code for staff at
 * {@code /login/totp}), keeps the sign-in in the session and checks CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/",
        "/courts/**",
        "/documents/**",
        "/fees/**",
        "/guidance/**",
        "/judgments/**",
        "/register",
        "/register/**",
        "/login",
        "/login/**",
        "/error",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico",
        "/actuator/health/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/sandbox-pay/**",
        "/sandbox-sms/api/**",
        "/notifications/unsubscribe",
        // A served document's page: its secret link is the access for a recipient without an account; every request
        // is checked by the delivery module itself.
        "/services/**"
    };

    static final String[] PUBLIC_API_PATHS = {
        "/api/v1/courts/**",
        "/api/v1/case-types/**",
        "/api/v1/documents/verify",
        "/api/v1/fees/quote",
        "/api/v1/risk-assessments",
        "/api/v1/payments/notifications",
        "/api/v1/judgments/**"
    };

    static final String[] COURT_STAFF = {
        Role.CLERK.name(), Role.JUDGE.name(), Role.PRESIDENT.name(), Role.FINANCE.name()
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, ProblemResponses problems) {
        var unauthenticated = (org.springframework.security.web.AuthenticationEntryPoint) (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(
                    request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "identity.problem.unauthenticated");
        };
        var forbidden = (org.springframework.security.web.access.AccessDeniedHandler) (request, response, e) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "identity.problem.forbidden");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/accounts")
                                .permitAll()
                                .requestMatchers(PUBLIC_API_PATHS)
                                .permitAll()
                                .requestMatchers("/api/v1/staff/**")
                                .hasAnyRole(COURT_STAFF)
                                .requestMatchers("/api/v1/admin/reconciliation")
                                .hasAnyRole(Role.FINANCE.name(), Role.ADMIN.name())
                                .requestMatchers("/api/v1/admin/**")
                                .hasRole(Role.ADMIN.name())
                                .anyRequest()
                                .authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .oauth2ResourceServer(resource -> resource.jwt(
                                jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(tokenAuthentication()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SecurityContextRepository contexts, RecordLogout logouts) {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/staff/**")
                        .hasAnyRole(staffAndAdmin())
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        "/sandbox-pay/api/**", "/sandbox-sms/api/**", "/notifications/unsubscribe"))
                .securityContext(context -> context.securityContextRepository(contexts))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(logouts)
                        .logoutSuccessUrl("/")
                        .deleteCookies("JSESSIONID"));
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    private static JwtAuthenticationConverter tokenAuthentication() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    private static String[] staffAndAdmin() {
        var roles = java.util.Arrays.copyOf(COURT_STAFF, COURT_STAFF.length + 1);
        roles[COURT_STAFF.length] = Role.ADMIN.name();
        return roles;
    }
}
