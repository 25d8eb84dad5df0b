package org.claimdesk.claim;

/** Finds the sentence around a span of article text, for claims a fact-checker adds by hand. */
final class Sentences {

    private Sentences() {
    }

    static String around(String text, int start, int end) {
        int from = start;
        while (from > 0) {
            char c = text.charAt(from - 1);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && from < text.length()
                    && Character.isWhitespace(text.charAt(from)))) {
                break;
            }
            from--;
        }
        int to = Math.max(end, from);
        while (to < text.length()) {
            char c = text.charAt(to);
            if (c == '\n') {
                break;
            }
            to++;
            if ((c == '.' || c == '!' || c == '?') && (to >= text.length() || Character.isWhitespace(text.charAt(to)))) {
                if (to >= end) {
                    break;
                }
            }
        }
        return text.substring(from, to).strip();
    }
}
