package org.claimdesk;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;

/** Switches the signed-in user inside a test, for rules that need a second person (four-eyes approval). */
public final class AsUser {

    private AsUser() {
    }

    public static void signIn(String username, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        // the test holder is what method security reads in tests (and it sets the static holder too)
        TestSecurityContextHolder.setContext(context);
    }
}
