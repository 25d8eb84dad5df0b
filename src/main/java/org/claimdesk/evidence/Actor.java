package org.claimdesk.evidence;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user a service acts for. */
final class Actor {

    private Actor() {
    }

    static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            throw new IllegalStateException("evidence is changed by a signed-in user only");
        }
        return auth.getName();
    }

    /** Editors (and admins) may override the corroboration rule. */
    static boolean isEditor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_EDITOR") || a.equals("ROLE_ADMIN"));
    }
}
