package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word and punctuation tokens of a sentence, with offsets into it. */
final class Tokens {

    /** One token: as written, lowercased, and its [start, end) in the sentence. */
    record Tok(String text, String lower, int start, int end) {

        boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean isCap() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean isQuote() {
            return text.equals("\"") || text.equals("\u201C") || text.equals("\u201D") || text.equals("'")
                    || text.equals("\u2018") || text.equals("\u2019");
        }
    }

    private Tokens() {
    }

    /**
     * The tokens of {@code s}, scanned by hand (a regex was slower): numbers with inner "." or ","; words of letters
     * and digits with inner ' \u2019 . & -; "--"; any other non-blank character alone.
     */
    static List<Tok> of(String s) {
        List<Tok> out = new ArrayList<>(s.length() / 4 + 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int b = i;
            if (Character.isDigit(c)) {
                i = digits(s, i);
                while (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == ',') && Character.isDigit(s.charAt(i + 1))) {
                    i = digits(s, i + 1);
                }
                if (i < n && Character.isLetter(s.charAt(i))) {
                    i = word(s, b);
                }
            } else if (Character.isLetter(c)) {
                i = word(s, i);
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                i += 2;
            } else {
                i += Character.charCount(s.codePointAt(i));
            }
            String t = s.substring(b, i);
            out.add(new Tok(t, t.toLowerCase(Locale.ROOT), b, i));
        }
        return out;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int word(String s, int i) {
        int n = s.length();
        while (true) {
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i + 1 < n && "'\u2019.&-".indexOf(s.charAt(i)) >= 0 && Character.isLetterOrDigit(s.charAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
    }
}
