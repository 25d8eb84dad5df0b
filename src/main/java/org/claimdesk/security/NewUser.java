package org.claimdesk.security;

import java.util.Set;

/**
 * What an admin fills in to create a user. {@code password} is optional: without one the service issues a
 * one-time password. Either way the user changes it at first sign-in.
 */
public record NewUser(String username, String displayName, String email, Set<Role> roles, String password) {
}
