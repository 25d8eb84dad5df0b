package org.claimdesk.security;

/** A new API token and its details: the only time the token itself is seen, so show it and forget it. */
public record IssuedToken(String token, ApiTokenDetails details) {
}
