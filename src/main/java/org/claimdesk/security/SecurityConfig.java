package org.claimdesk.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.claimdesk.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Two filter chains: the stateless JSON API under /api/v1 (API tokens as bearer tokens, HTTP Basic where
 * {@code claimdesk.api.basic-auth} allows it, JSON 401/403, no CSRF, no
 * redirects) and the Vaadin UI (form login, view access annotations, CSRF as Vaadin sets it up).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity // services use @PreAuthorize; views keep @RolesAllowed for Vaadin's view access checker (jsr250 here would proxy the views)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** A request the firewall refuses (a "//" or an encoded "../" in the path) is a 400, not a redirect to sign in. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

    /** The UI's open sessions by user, so that disabling a user ends theirs ({@link UserSessions}). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends or changes its id (at sign-in); Boot registers it as a listener. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, UserService users, BearerTokens tokens,
                                    BasicAuthSetting basicAuth, TokenSignIns tokenSignIns) throws Exception {
        String signIn = basicAuth.enabled()
                ? "Sign in with an API token (Authorization: Bearer <token>) or HTTP Basic credentials."
                : "Sign in with an API token: Authorization: Bearer <token>.";
        // by the raw path, and for error dispatches by the path that failed, so that a malformed API path ("//",
        // refused by the firewall with a 400) still gets a JSON error and never a redirect to the sign-in page
        http.securityMatcher(request -> isApi(request.getContextPath(), request.getRequestURI())
                        || isApi(request.getContextPath(), (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SignInRefusals.apiEntryPoint(signIn)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(SignInRefusals.apiEntryPoint(signIn))
                        .accessDeniedHandler((request, response, e) ->
                                writeProblem(response, HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                // a bearer token first (no bcrypt), then Basic only where the setting allows it, then the
                // must-change-password rule for whoever got in either way
                .addFilterBefore(new ApiTokenFilter(tokens, tokenSignIns), BasicAuthenticationFilter.class)
                .addFilterBefore(new BasicAuthGate(basicAuth.enabled()), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFirst(users), BasicAuthenticationFilter.class);
        SecurityHeaders.api(http);
        return http.build();
    }

    /**
     * The public fact-check pages ({@code /fact-checks/**}, served by the export module): read-only HTML for
     * anyone, no session, no sign-in; anything but GET and HEAD is refused.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicPagesSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/fact-checks/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/fact-checks/**").permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.HEAD, "/fact-checks/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Actuator: the health answer ({"status":"UP"} or DOWN, no details) for anyone, e.g. a load balancer; info and
     * the Prometheus metrics only for admins, with HTTP Basic (as a scraper sends it), JSON 401/403 like the API.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, UserService users) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health").permitAll()
                        .requestMatchers("/actuator/info", "/actuator/prometheus").hasRole(Role.ADMIN_NAME)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        SignInRefusals.apiEntryPoint("Sign in with HTTP Basic credentials.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(SignInRefusals.apiEntryPoint("Sign in with HTTP Basic credentials."))
                        .accessDeniedHandler((request, response, e) ->
                                writeProblem(response, HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new PasswordChangeFirst(users), BasicAuthenticationFilter.class);
        SecurityHeaders.api(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(HttpSecurity http, SessionRegistry sessions, UserSessions userSessions,
                                   @Value("${claimdesk.session.max-lifetime:12h}") Duration maxLifetime,
                                   Clock clock, RequestUtil vaadinRequests) throws Exception {
        // every signed-in session is registered (no limit on how many), and one expired by UserSessions sends its
        // next request to the sign-in page, its session invalidated
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        // a session past its absolute lifetime is ended before anything reads its signed-in user
        http.addFilterBefore(new SessionLifetime(maxLifetime, clock), SecurityContextHolderFilter.class);
        // signing out (the Sign out button: AuthenticationContext.logout() runs these handlers) ends all of the
        // user's UI sessions, in every browser, and sends their open screens to the sign-in page
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null && authentication.getName() != null) {
                userSessions.end(authentication.getName());
            }
        }));
        // a failed sign-in goes back to the sign-in page saying why (wrong password, or paused by the throttle)
        // (the login page named here too: configured before Vaadin's configurer runs, formLogin would otherwise
        // switch on Spring's generated sign-in page)
        http.formLogin(form -> form.loginPage("/login").failureHandler(SignInRefusals.formFailure()));
        // CSRF protection everywhere but Vaadin's own requests (they carry Vaadin's CSRF token). Unlike Vaadin's
        // default, the sign-in POST needs Spring's token too (login CSRF: a forged cross-site POST would sign the
        // victim into the attacker's account); the sign-in page has it in its _csrf meta tags, and the login
        // form sends it as a hidden field.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // our own static files (copied from frontend/ by the build) for anyone: the sign-in page needs the stylesheet;
        // the scripts hold no data (the main layout loads them; unmatched, Vaadin's rules would answer 403)
        http.authorizeHttpRequests(auth -> auth.requestMatchers(org.springframework.http.HttpMethod.GET, "/styles/**",
                "/scripts/**").permitAll());
        SecurityHeaders.ui(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer
                        .loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
                .build();
    }

    private static boolean isApi(String contextPath, String uri) {
        return uri != null && uri.startsWith(contextPath + "/api/");
    }

    /** A problem+json body (RFC 9457) for the errors Spring Security answers before any controller runs. */
    static void writeProblem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // No "WWW-Authenticate: Basic" challenge: a browser would prompt, cache the credentials and send them
        // with cross-site requests to this CSRF-free API. API clients send their credentials up front.
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
