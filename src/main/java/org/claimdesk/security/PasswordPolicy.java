package org.claimdesk.security;

import org.claimdesk.shared.InputRejectedException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** What a password chosen by a person must be, and the one-time passwords the service chooses. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads 72 bytes and Spring's encoder refuses more; a 400 instead of a 500. */
    static final int MAX_BYTES = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    static String checked(String password, String username, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InputRejectedException(field, "A password has at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InputRejectedException(field, "A password is at most " + MAX_BYTES + " bytes (UTF-8).");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new InputRejectedException(field, "A password must not be the username.");
        }
        return password;
    }

    /** 120 random bits, 20 characters that survive copying (URL-safe Base64). */
    static String oneTime() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
