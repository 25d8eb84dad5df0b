package org.claimdesk.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** How article text is normalized for storage and fingerprinted to detect the same text imported twice. */
final class ArticleText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ArticleText() {
    }

    /** The text as stored: one kind of line break, no leading or trailing blank space. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /**
     * SHA-256 of the text with all runs of white space made one space and case kept, so that a re-import of
     * the same story with other line wrapping is still caught, while any edit of a word is a new text.
     */
    static String contentHash(String text) {
        String canonical = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** True when the text holds control characters that plain text never has (a sign of binary data). */
    static boolean looksBinary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return true;
            }
            if (c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
        }
        return false;
    }
}
