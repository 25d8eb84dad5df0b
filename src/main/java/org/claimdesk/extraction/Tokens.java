package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{N}]+(?:['\u2019.&-][\\p{L}\\p{N}]+)*|--|\\S");

    private Tokens() {
    }

    static List<Tok> of(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            out.add(new Tok(t, t.toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }
}
