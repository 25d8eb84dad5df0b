package org.claimdesk.security;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Disabling a user ends their open UI session at once, and their HTTP Basic calls fail from then on. */
@ClaimDeskSpringTest
class SessionsEndOnDisableTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration admin;

    @Test
    void a_disabled_users_open_session_is_sent_to_the_sign_in_page_and_their_api_calls_get_401() throws Exception {
        AsUser.signIn("admin", "ADMIN");
        String name = "session-" + TestArticles.uniqueTag();
        UserAccountDetails user = admin.create(new NewUser(name, "Sid Session", null, Set.of(Role.FACT_CHECKER),
                "session-password-1")).user();
        UserHttp http = new UserHttp(port);

        HttpResponse<String> signedIn = http.signIn(name, "session-password-1");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(http.get("/articles").statusCode()).as("the session is signed in").isEqualTo(200);
        assertThat(http.api("GET", "/api/v1/articles", name, "session-password-1", null).status())
                .as("Basic signs in before (403: the admin's password is to be changed first)").isEqualTo(403);

        admin.setEnabled(name, false, user.version());

        HttpResponse<String> next = http.get("/articles");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
        HttpResponse<String> after = http.get("/articles");
        assertThat(after.statusCode()).as("the session is gone, not only flagged").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
        var basic = http.api("GET", "/api/v1/articles", name, "session-password-1", null);
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.contentType()).startsWith("application/problem+json");
        assertThat(http.signIn(name, "session-password-1").headers().firstValue("Location").orElse(""))
                .as("nor can they sign in again").contains("error");
    }
}
