package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds fixed word sequences ("expected to", "within days") by walking words and looking them up in a set:
 * much cheaper than running a large regex alternation at every character. Matching is case-sensitive on
 * purpose (lowercase "may", not the month).
 */
final class PhraseFinder {

    private final Set<String> phrases;
    private final int maxWords;

    PhraseFinder(String... phrases) {
        this.phrases = Lexicon.set(phrases);
        int max = 1;
        for (String p : phrases) {
            max = Math.max(max, p.split(" ").length);
        }
        this.maxWords = max;
    }

    /** Non-overlapping matches, longest first at each word, as written in {@code s}. */
    List<String> findAll(String s) {
        List<String> out = new ArrayList<>();
        int[] starts = new int[s.length() / 2 + 2];
        int[] ends = new int[s.length() / 2 + 2];
        int n = words(s, starts, ends);
        int i = 0;
        while (i < n) {
            int matched = 0;
            for (int len = Math.min(maxWords, n - i); len >= 1 && matched == 0; len--) {
                if (phrases.contains(normalized(s, starts[i], ends[i + len - 1]))) {
                    out.add(s.substring(starts[i], ends[i + len - 1]));
                    matched = len;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    boolean any(String s) {
        return !findAll(s).isEmpty();
    }

    private static String normalized(String s, int from, int to) {
        String sub = s.substring(from, to);
        return sub.indexOf('\u2019') >= 0 ? sub.replace('\u2019', '\'') : sub;
    }

    /** Word boundaries: letters with inner apostrophes or hyphens; returns the number of words. */
    private static int words(String s, int[] starts, int[] ends) {
        int n = 0;
        int i = 0;
        int len = s.length();
        while (i < len) {
            while (i < len && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int b = i;
            while (i < len && (Character.isLetter(s.charAt(i)) || (s.charAt(i) == '\'' || s.charAt(i) == '\u2019'
                    || s.charAt(i) == '-') && i + 1 < len && Character.isLetter(s.charAt(i + 1)))) {
                i++;
            }
            starts[n] = b;
            ends[n] = i;
            n++;
        }
        return n;
    }
}
