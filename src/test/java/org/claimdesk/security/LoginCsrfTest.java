package org.claimdesk.security;

import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login CSRF: a cross-site form that posts an attacker's username and password to /login must not sign the
 * victim's browser in; the sign-in page's own form (with its CSRF token) still does.
 */
@ClaimDeskSpringTest
class LoginCsrfTest {

    @LocalServerPort
    int port;

    @Test
    void a_sign_in_post_without_the_pages_csrf_token_signs_nobody_in() throws Exception {
        SignInAttempts victimsBrowser = new SignInAttempts(port);
        HttpResponse<String> forged = victimsBrowser.formWithoutToken("checker", "checker");
        // refused before any password check (403, which the UI shows as the sign-in page), never the app's start page
        assertThat(forged.headers().firstValue("Location").orElse("")).contains("/login");
        HttpResponse<String> next = victimsBrowser.get("/articles", "Accept", "text/html");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void the_sign_in_page_with_its_token_signs_in() throws Exception {
        HttpResponse<String> signedIn = new UserHttp(port).signIn("checker", "checker");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("login");
    }

    @Test
    void a_wrong_password_on_the_sign_in_page_says_so_and_a_paused_one_says_for_how_long() throws Exception {
        String user = "nobody-" + org.claimdesk.TestArticles.uniqueTag();
        String address = SignInAttempts.freshAddress();
        HttpResponse<String> wrong = new UserHttp(port, address).signIn(user, "wrong");
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        for (int i = 0; i < 4; i++) {
            new UserHttp(port, address).signIn(user, "wrong");
        }
        HttpResponse<String> paused = new UserHttp(port, address).signIn(user, "wrong");
        assertThat(paused.headers().firstValue("Location").orElse("")).endsWith("/login?throttled=15");
    }
}
