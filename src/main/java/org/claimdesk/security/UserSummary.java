package org.claimdesk.security;

import java.util.Set;

/** A user as other modules and views see it: never the password hash. */
public record UserSummary(String username, String displayName, Set<Role> roles, boolean enabled) {
}
