package org.claimdesk.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's documentation: the OpenAPI document (/api/v1/openapi.json, and the Swagger UI's config beside it) and
 * the Swagger UI (/api/v1/docs and its assets under /api/v1/swagger-ui/). Read-only, for signed-in users only,
 * signed in either way: by an API token or HTTP Basic like the rest of the API (scripts, code generators), or by the UI's session
 * (a person who opens the Swagger UI in the browser, whose page then fetches the document with that session;
 * the stateless API chain would not see it, and it sends no Basic challenge a browser could answer).
 * Before the API chain (order 1); it shares order 0 with the public pages, whose paths it does not overlap.
 */
@Configuration
class ApiDocsSecurity {

    static final String DOCUMENT = "/api/v1/openapi.json";
    static final String UI_PAGE = "/api/v1/docs";
    static final String UI_ASSETS = "/api/v1/swagger-ui/**";

    @Bean
    @Order(0)
    SecurityFilterChain apiDocsChain(HttpSecurity http, UserService users, BearerTokens tokens,
                                     BasicAuthSetting basicAuth, TokenSignIns tokenSignIns) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher uiPages = new OrRequestMatcher(paths.matcher(UI_PAGE), paths.matcher(UI_ASSETS));
        AuthenticationEntryPoint problem = SignInRefusals.apiEntryPoint("Sign in with HTTP Basic credentials.");
        http.securityMatcher(DOCUMENT, DOCUMENT + "/**", UI_PAGE, UI_ASSETS)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET).authenticated()
                        .requestMatchers(HttpMethod.HEAD).authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problem))
                // a browser not signed in is sent to the sign-in page; anything else gets the API's JSON 401
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), uiPages)
                        .defaultAuthenticationEntryPointFor(problem, request -> true)
                        .accessDeniedHandler((request, response, e) ->
                                SecurityConfig.writeProblem(response, HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                // reads the UI's session (the security context the sign-in form stored there) but never creates one,
                // so a Basic call stays stateless
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .csrf(csrf -> csrf.disable()) // GET and HEAD only: nothing to forge
                // signed in as on the rest of the API: an API token, or Basic where the setting allows it
                .addFilterBefore(new ApiTokenFilter(tokens, tokenSignIns), BasicAuthenticationFilter.class)
                .addFilterBefore(new BasicAuthGate(basicAuth.enabled()), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFirst(users), BasicAuthenticationFilter.class);
        SecurityHeaders.docs(http);
        return http.build();
    }
}
