package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into sentence spans over the original text (offsets, never copies). */
final class Sentences {

    /** A sentence span [start, end) and the index of the paragraph it belongs to. */
    record Span(int start, int end, int paragraph) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "st", "jr", "sr", "inc", "corp",
            "ltd", "co", "no", "vs", "etc", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "capt", "maj", "sgt", "adm",
            "rev", "gens", "reps", "sens", "mt", "ft", "approx", "dept", "est", "fig", "cf", "e.g", "i.e",
            "d.c", "s.a", "n.v", "cmdr", "supt", "insp", "hon", "messrs", "pres", "ave", "blvd");

    private Sentences() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int paragraph = 0;
        boolean inQuote = false;
        int quoteOpenedAt = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int j = i;
                int newlines = 0;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    if (text.charAt(j) == '\n') {
                        newlines++;
                    }
                    j++;
                }
                boolean blank = newlines >= 2;
                if (blank || lineBreakEndsSentence(text, i, j)) {
                    add(out, text, start, i, paragraph);
                    start = j;
                    inQuote = false;
                    paragraph++; // a blank line or a line that ends a sentence: the next line starts a paragraph
                }
                i = j;
                continue;
            }
            if (c == '"') {
                inQuote = !inQuote;
                quoteOpenedAt = i;
            } else if (c == '\u201C') {
                inQuote = true;
                quoteOpenedAt = i;
            } else if (c == '\u201D') {
                inQuote = false;
            }
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                boolean closedQuote = false;
                while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\u201D' || text.charAt(j) == '\''
                        || text.charAt(j) == '\u2019' || text.charAt(j) == ')' || text.charAt(j) == '.')) {
                    if (text.charAt(j) == '"' || text.charAt(j) == '\u201D') {
                        closedQuote = true;
                    }
                    j++;
                }
                if (j < n && text.charAt(j) == ' ' || j < n && text.charAt(j) == '\t') {
                    int k = j;
                    while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                        k++;
                    }
                    if (k < n && startsSentence(text.charAt(k))
                            && !(c == '.' && isAbbreviation(text, i))
                            && !(c == '.' && isListNumber(text, start, i))
                            && !(inQuote && !closedQuote && i - quoteOpenedAt < 600)) {
                        add(out, text, start, j, paragraph);
                        if (closedQuote) {
                            inQuote = false;
                        }
                        start = k;
                        i = k;
                        continue;
                    }
                }
                if (closedQuote) {
                    inQuote = false;
                }
                i = j;
                continue;
            }
            i++;
        }
        add(out, text, start, n, paragraph);
        return out;
    }

    /** "1. A price of $499": the number that opens a list item ends no sentence. */
    private static boolean isListNumber(String text, int start, int dot) {
        if (dot - start < 1 || dot - start > 2) {
            return false;
        }
        for (int k = start; k < dot; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A line that starts a list item: "- ", "• ", "* ", "1. ", "2) ". */
    static boolean isBullet(String text, int at) {
        int n = text.length();
        if (at >= n) {
            return false;
        }
        char c = text.charAt(at);
        if ((c == '-' || c == '\u2022' || c == '*' || c == '\u2013' || c == '\u2014' || c == '\u25AA' || c == '\u25CF'
                || c == '\u00B7') && at + 1 < n && (text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\t')) {
            return true;
        }
        int k = at;
        while (k < n && k - at < 3 && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k > at && k + 1 < n && (text.charAt(k) == '.' || text.charAt(k) == ')') && text.charAt(k + 1) == ' ';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || c == '"' || c == '\u201C' || c == '\'' || c == '\u2018'
                || c == '(' || Character.isDigit(c);
    }

    /** A single line break splits unless it sits inside a wrapped sentence (word or comma, then lowercase). */
    private static boolean lineBreakEndsSentence(String text, int at, int next) {
        if (next >= text.length() || isBullet(text, next)) {
            return true;
        }
        int p = at - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        char prev = text.charAt(p);
        char nx = text.charAt(next);
        int lineStart = text.lastIndexOf('\n', p) + 1;
        boolean longLine = p - lineStart >= 60; // a hard-wrapped paragraph, not a headline
        boolean continuing = (Character.isLetterOrDigit(prev) || prev == ',' || prev == '-' || prev == ';')
                && (Character.isLowerCase(nx) || Character.isDigit(nx) || longLine && Character.isLetter(nx));
        return !continuing;
    }

    static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        if (s == dot) {
            return false;
        }
        String word = text.substring(s, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // initial "J."
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".")) {
            lower = lower.substring(1);
        }
        return ABBREVIATIONS.contains(lower);
    }

    private static void add(List<Span> out, String text, int s, int e, int paragraph) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e, paragraph));
        }
    }
}
