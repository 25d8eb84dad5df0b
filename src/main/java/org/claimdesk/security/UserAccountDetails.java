package org.claimdesk.security;

import java.time.Instant;
import java.util.Set;

/** A user as the admin view and the users API show it: never the password or its hash. */
public record UserAccountDetails(long id, String username, String displayName, String email, Set<Role> roles,
                                 boolean enabled, boolean mustChangePassword, long version, String updatedBy,
                                 Instant updatedAt) {

    static UserAccountDetails of(UserAccount a) {
        return new UserAccountDetails(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                Set.copyOf(a.getRoles()), a.isEnabled(), a.isMustChangePassword(), a.getVersion(), a.getUpdatedBy(),
                a.getUpdatedAt());
    }
}
