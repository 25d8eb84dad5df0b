package org.claimdesk.shared;

/** The checks every service applies to free text typed by a person: trimmed, not blank where required, bounded. */
public final class Inputs {

    private Inputs() {
    }

    /** The trimmed text, or null when blank; refused when longer than {@code max}. */
    public static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
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
}
