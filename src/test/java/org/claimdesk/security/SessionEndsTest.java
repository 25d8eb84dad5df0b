package org.claimdesk.security;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A UI session ends at its absolute lifetime, and signing out in one browser ends the user's other sessions. */
@ClaimDeskSpringTest
class SessionEndsTest {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdministration admin;
    @Value("${claimdesk.session.max-lifetime}")
    Duration maxLifetime;

    @Test
    void a_signed_in_session_older_than_its_lifetime_is_ended_and_sent_to_the_sign_in_page() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession young = signedInSession(Duration.ofMinutes(5));
        MockHttpSession old = signedInSession(maxLifetime.plusMinutes(1));

        MvcResult youngAnswer = mvc.perform(get("/articles").session(young)).andReturn();
        assertThat(young.isInvalid()).isFalse();
        assertThat(youngAnswer.getResponse().getRedirectedUrl()).as("a young session stays signed in")
                .satisfiesAnyOf(url -> assertThat(url).isNull(), url -> assertThat(url).doesNotContain("login"));

        MvcResult oldAnswer = mvc.perform(get("/articles").session(old)).andReturn();
        assertThat(old.isInvalid()).as("the old session is ended, not only refused").isTrue();
        assertThat(oldAnswer.getResponse().getStatus()).isEqualTo(302);
        assertThat(oldAnswer.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void signing_out_in_one_browser_ends_the_users_session_in_the_other() throws Exception {
        AsUser.signIn("admin", "ADMIN");
        String name = "signout-" + TestArticles.uniqueTag();
        admin.create(new NewUser(name, "Sam Signout", null, Set.of(Role.FACT_CHECKER), "signout-password-1"));
        UserHttp office = new UserHttp(port);
        UserHttp laptop = new UserHttp(port);
        assertThat(office.signIn(name, "signout-password-1").headers().firstValue("Location").orElse(""))
                .doesNotContain("error");
        assertThat(laptop.signIn(name, "signout-password-1").headers().firstValue("Location").orElse(""))
                .doesNotContain("error");
        assertThat(office.get("/articles").statusCode()).isEqualTo(200);
        assertThat(laptop.get("/articles").statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = laptop.signOut();
        assertThat(signedOut.statusCode()).isEqualTo(302);

        HttpResponse<String> next = office.get("/articles");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(laptop.get("/articles").statusCode()).isEqualTo(302);
        assertThat(office.signIn(name, "signout-password-1").headers().firstValue("Location").orElse(""))
                .as("signing in again works").doesNotContain("error");
        assertThat(office.get("/articles").statusCode()).isEqualTo(200);
    }

    /** A session signed in as the demo editor, created {@code age} ago. */
    private static MockHttpSession signedInSession(Duration age) {
        long created = System.currentTimeMillis() - age.toMillis();
        MockHttpSession session = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return created;
            }
        };
        var auth = UsernamePasswordAuthenticationToken.authenticated("editor", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.EDITOR_NAME)));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(auth));
        return session;
    }
}
