package org.claimdesk.shared;

/**
 * The checks every service applies to free text typed by a person: only characters text may hold, trimmed, not
 * blank where required, bounded.
 */
public final class Inputs {

    private Inputs() {
    }

    /** The trimmed text, or null when blank; refused when longer than {@code max} or holding a control character. */
    public static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = checkedCharacters(value, field).strip();
        if (v.length() > max) {
            throw new InputRejectedException(field, "The " + field + " is at most " + max + " characters.");
        }
        return v;
    }

    /** The trimmed text; refused with {@code messageWhenBlank} when blank, or when longer than {@code max}. */
    public static String requiredText(String value, String field, String messageWhenBlank, int max) {
        String v = optionalText(value, field, max);
        if (v == null) {
            throw new InputRejectedException(field, messageWhenBlank);
        }
        return v;
    }

    /**
     * The text unchanged (null stays null) when it holds only characters text may hold: no NUL or other control
     * character but tab, carriage return and line feed, and no half of a UTF-16 surrogate pair. PostgreSQL
     * cannot store NUL at all, and the others are invisible garbage or a broken encoding; refusing them here
     * gives the same 400 on every database instead of a database error.
     */
    public static String checkedCharacters(String value, String field) {
        return checked(value, field, false);
    }

    /**
     * Like {@link #checkedCharacters}, for a long text that may also hold form feeds: the page breaks of text
     * converted from PDF (an article's text).
     */
    public static String checkedLongText(String value, String field) {
        return checked(value, field, true);
    }

    private static String checked(String value, String field, boolean formFeeds) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && !(formFeeds && c == '\f')) {
                throw new InputRejectedException(field, "The " + field + " contains a control character ("
                        + codePoint(c) + ") that text cannot hold; remove it.");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a well-formed pair: one character outside the Basic Multilingual Plane
            } else if (Character.isSurrogate(c)) {
                throw new InputRejectedException(field, "The " + field + " contains a broken character (half of a "
                        + "surrogate pair, " + codePoint(c) + "); retype or remove it.");
            }
        }
        return value;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
