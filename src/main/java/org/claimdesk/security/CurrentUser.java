package org.claimdesk.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Who the services act for. Reads the security context through the same strategy bean that method security
 * uses (Vaadin's session-aware one), rather than the static holder, so that the name written into a record
 * is always the user @PreAuthorize let in.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.strategy = strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in user's name; fails when nobody is signed in (services check access before this). */
    public String name() {
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            throw new IllegalStateException("this change is made by a signed-in user only");
        }
        return auth.getName();
    }

    /** True when the signed-in user has one of the roles (names without the ROLE_ prefix). */
    public boolean hasAnyRole(String... roles) {
        Authentication auth = strategy.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> a.equals("ROLE_" + r)));
    }

    /** Runs work as a given user, for start-up jobs that nobody signed in for (the demo data). */
    public <T> T runAs(String username, Role role, Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
