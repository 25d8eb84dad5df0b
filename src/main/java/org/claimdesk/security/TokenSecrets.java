package org.claimdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What an API token looks like: {@code cdt_} and 32 random bytes in base64url (43 characters). The prefix lets a
 * secret scanner or a person recognise one. Only its SHA-256 is stored: a token is 256 random bits, so a fast
 * hash is enough (no bcrypt, which would cost every API request tens of milliseconds).
 */
final class TokenSecrets {

    static final String PREFIX = "cdt_";
    /** How much of the token the list shows: the prefix and four characters. */
    static final int SHOWN_START = PREFIX.length() + 4;
    private static final Pattern SHAPE = Pattern.compile("cdt_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a token at all; anything else is refused without a database look-up. */
    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** The SHA-256 of the token, in lower-case hex: what the table keeps and is searched by. */
    static String hash(String token) {
        return HexFormat.of().formatHex(digest(token));
    }

    /** Compares the token's hash with a stored one in constant time. */
    static boolean matches(String token, String storedHash) {
        return MessageDigest.isEqual(digest(token), HexFormat.of().parseHex(storedHash));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
