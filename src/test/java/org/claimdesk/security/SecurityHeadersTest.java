package org.claimdesk.security;

import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers browsers act on, over real HTTP: the UI, the API, and the UI behind a TLS-terminating proxy. */
@ClaimDeskSpringTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void the_ui_forbids_framing_sniffing_and_foreign_scripts() throws Exception {
        HttpResponse<String> page = new SignInAttempts(port).get("/login", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'",
                "form-action 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).isPresent(); // Vaadin's SAMEORIGIN on its pages
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
    }

    @Test
    void the_api_answers_load_nothing_and_send_no_referrer() throws Exception {
        HttpResponse<String> answer = new SignInAttempts(port).get("/api/v1/me/queue", "Accept", "application/json");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void behind_a_tls_proxy_the_ui_sends_hsts_and_a_secure_same_site_session_cookie() throws Exception {
        HttpResponse<String> page = new SignInAttempts(port).get("/login", "Accept", "text/html",
                "X-Forwarded-Proto", "https", "X-Forwarded-For", SignInAttempts.freshAddress());
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
        assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
