package org.claimdesk.security;

/** A user as others see them in lists and completions: the user name and the name people know them by. */
public record PersonName(String username, String displayName) {
}
