package org.claimdesk.security;

import java.util.Set;

/** An admin's change to a user: the fields as they should be, and the version the admin read. */
public record UserEdit(String displayName, String email, Set<Role> roles, boolean enabled, long version) {
}
