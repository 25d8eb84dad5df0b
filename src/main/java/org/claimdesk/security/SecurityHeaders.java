package org.claimdesk.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of each filter chain, on top of Spring Security's defaults (X-Content-Type-Options:
 * nosniff, X-Frame-Options: DENY, no-store caching of responses, and HSTS on requests that came over TLS,
 * which behind a proxy means {@code X-Forwarded-Proto: https} with {@code server.forward-headers-strategy}).
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow needs and no more: its bootstrap page has inline scripts and its client runs
     * {@code executeJs} through {@code new Function} (so 'unsafe-inline' and 'unsafe-eval' for scripts, from this
     * origin only), components set inline styles, icons come as data: URLs, and push uses a WebSocket or XHR to
     * this origin. Nothing may frame the app (clickjacking), forms post only here, plugins are off.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /** JSON answers load nothing and are framed by nobody. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** The Swagger UI page: its scripts and styles are files of this origin; the UI sets inline styles. */
    static final String DOCS_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=()";

    private SecurityHeaders() {
    }

    static void ui(HttpSecurity http) throws Exception {
        with(http, UI_POLICY, ReferrerPolicy.SAME_ORIGIN);
        // before the chain runs, not when the response is committed: Vaadin writes its pages to the response it
        // unwrapped, and Spring's on-commit headers never reached them. (Vaadin then sets its own
        // X-Frame-Options: SAMEORIGIN on its pages; the CSP's frame-ancestors 'none' is what browsers follow.)
        http.headers(h -> h.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
    }

    static void api(HttpSecurity http) throws Exception {
        with(http, API_POLICY, ReferrerPolicy.NO_REFERRER);
    }

    static void docs(HttpSecurity http) throws Exception {
        with(http, DOCS_POLICY, ReferrerPolicy.SAME_ORIGIN);
    }

    private static void with(HttpSecurity http, String policy, ReferrerPolicy referrer) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(r -> r.policy(referrer))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)));
    }
}
