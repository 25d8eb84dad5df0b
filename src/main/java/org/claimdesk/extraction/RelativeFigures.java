package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Figures written as words that {@link Quantities} does not read as numbers: multipliers ("doubled" = 2, "2.3-fold"),
 * fractions ("two-thirds" = 0.667, "nearly half" = 0.5), "a dozen", compound adjectives ("a five-member panel")
 * and number-word ranges ("two to three weeks"). Values follow the reference scorer's convention.
 */
final class RelativeFigures {

    private RelativeFigures() {
    }

    private static final Map<String, Double> MULTIPLIERS = Map.ofEntries(Map.entry("doubled", 2.0),
            Map.entry("doubling", 2.0), Map.entry("doubles", 2.0), Map.entry("tripled", 3.0),
            Map.entry("tripling", 3.0), Map.entry("triples", 3.0), Map.entry("trebled", 3.0),
            Map.entry("quadrupled", 4.0), Map.entry("quadrupling", 4.0), Map.entry("halved", 0.5),
            Map.entry("halving", 0.5), Map.entry("twofold", 2.0), Map.entry("threefold", 3.0),
            Map.entry("fourfold", 4.0), Map.entry("fivefold", 5.0), Map.entry("tenfold", 10.0));
    /** Fractions by their exact value (two-thirds = 2/3, as the labelled corpus writes 0.6666666667). */
    private static final Map<String, Double> FRACTIONS = Map.ofEntries(Map.entry("one-third", 1.0 / 3),
            Map.entry("two-thirds", 2.0 / 3), Map.entry("one-quarter", 0.25), Map.entry("three-quarters", 0.75),
            Map.entry("one-fifth", 0.2), Map.entry("two-fifths", 0.4), Map.entry("three-fifths", 0.6),
            Map.entry("four-fifths", 0.8), Map.entry("one-half", 0.5), Map.entry("one-tenth", 0.1),
            Map.entry("a third", 1.0 / 3), Map.entry("a quarter", 0.25), Map.entry("a fifth", 0.2),
            Map.entry("a tenth", 0.1), Map.entry("one third", 1.0 / 3), Map.entry("two thirds", 2.0 / 3),
            Map.entry("one quarter", 0.25), Map.entry("three quarters", 0.75), Map.entry("one in three", 1.0 / 3),
            Map.entry("one in four", 0.25), Map.entry("one in five", 0.2), Map.entry("one in ten", 0.1));
    private static final Map<String, Double> SMALL = Map.ofEntries(Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0));
    private static final Map<String, Double> VERB_MULTIPLIERS = Map.of("double", 2.0, "triple", 3.0,
            "quadruple", 4.0, "treble", 3.0);
    /** Words before "half" that make it a share ("nearly half"), not a period ("the second half"). */
    private static final Set<String> HALF_BEFORE = Lexicon.set("nearly", "almost", "about", "around", "roughly",
            "over", "under", "than", "just", "some", "barely", "only", "fully", "least", "most", "exactly");
    private static final Set<String> HALF_AFTER = Lexicon.set("of", "the", "their", "its", "all", "his", "her", "our");
    /** Compound adjectives that give an age or a date, not a count ("a five-year-old"). */
    private static final Set<String> NOT_COUNT = Lexicon.set("old", "year-old", "years-old");

    /** Pieces of every word this class reads: a text without any of them has no such figure (the common case). */
    private static final String[] TRIGGERS = {"doubl", "tripl", "trebl", "quadrupl", "halv", "fold", "third",
        "quarter", "fifth", "tenth", "half", "dozen", "one in ", "-", " to ", " or "};

    static List<Quantities.Found> find(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean any = false;
        for (String t : TRIGGERS) {
            if (lower.contains(t)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return List.of();
        }
        List<Quantities.Found> out = new ArrayList<>();
        List<int[]> words = words(s);
        String[] lw = new String[words.size()];
        boolean sameLength = lower.length() == s.length();
        for (int i = 0; i < lw.length; i++) {
            int[] x = words.get(i);
            lw[i] = sameLength ? lower.substring(x[0], x[1]) : s.substring(x[0], x[1]).toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < words.size(); i++) {
            int b = words.get(i)[0];
            int e = words.get(i)[1];
            String w = lw[i];
            String next = i + 1 < lw.length ? lw[i + 1] : "";
            String prev = i > 0 ? lw[i - 1] : "";
            Double v = MULTIPLIERS.get(w);
            if (v != null) {
                out.add(found(s, b, e, v, "times"));
                continue;
            }
            Double times = VERB_MULTIPLIERS.get(w);
            if (times != null && (HALF_AFTER.contains(next) || next.equals("what") || next.equals("that")
                    || HALF_BEFORE.contains(prev) || prev.equals("to") || prev.equals("will") || prev.equals("would")
                    || prev.equals("could") || prev.equals("by"))) {
                out.add(found(s, b, e, times, "times")); // "double its output", "nearly triple the figure"
                continue;
            }
            if (w.equals("half") && prev.equals("by") && i >= 2) {
                out.add(found(s, b, e, 0.5, "fraction")); // "down by half"
                continue;
            }
            if (w.endsWith("-fold") && w.length() > 5) {
                Double f = number(w.substring(0, w.length() - 5));
                if (f != null) {
                    out.add(found(s, b, e, f, "times"));
                }
                continue;
            }
            if (w.equals("fold") && b > 0 && s.charAt(b - 1) == '-') {
                continue;
            }
            Double fr = FRACTIONS.get(w);
            if (fr == null && i + 1 < words.size()) {
                fr = FRACTIONS.get(w + " " + next);
                if (fr != null && !(next.equals("third") || next.equals("quarter") || next.equals("fifth")
                        || next.equals("tenth") || next.endsWith("s")) && !w.equals("one")) {
                    fr = null;
                }
                if (fr != null) {
                    if ((w.equals("a") || w.equals("one")) && !following(s, words, i + 2, "of")
                            && !prev.equals("by") && !HALF_BEFORE.contains(prev) && !prev.equals("to")
                            && !following(s, words, i + 2, "more") && !following(s, words, i + 2, "less")
                            && !following(s, words, i + 2, "fewer") && !following(s, words, i + 2, "higher")
                            && !following(s, words, i + 2, "lower")) {
                        fr = null; // "a third term", "a quarter century": not a share
                    }
                    if (fr != null) {
                        out.add(found(s, b, words.get(i + 1)[1], fr, "fraction"));
                        i++;
                        continue;
                    }
                }
            }
            if (fr == null && w.startsWith("one in ") ) {
                continue;
            }
            if (fr != null) {
                out.add(found(s, b, e, fr, "fraction"));
                continue;
            }
            if (w.equals("one") && next.equals("in") && i + 2 < words.size()) {
                String third = lw[i + 2];
                Double share = FRACTIONS.get("one in " + third);
                if (share != null) {
                    out.add(found(s, b, words.get(i + 2)[1], share, "fraction"));
                    i += 2;
                    continue;
                }
            }
            if (w.equals("half") && (HALF_BEFORE.contains(prev) || prev.isEmpty() && HALF_AFTER.contains(next)
                    || HALF_AFTER.contains(next) && !prev.equals("first") && !prev.equals("second")
                    && !prev.equals("the") && !prev.equals("a") && !prev.equals("and"))) {
                out.add(found(s, b, e, 0.5, "fraction"));
                continue;
            }
            if (w.equals("dozen") && (prev.equals("a") || prev.equals("half"))) {
                int start = words.get(i - 1)[0];
                out.add(found(s, start, e, prev.equals("a") ? 12 : 6, null));
                continue;
            }
            int dash = w.indexOf('-');
            if (dash > 0 && dash < w.length() - 1) {
                Double n = number(w.substring(0, dash));
                String rest = w.substring(dash + 1);
                if (n != null && !NOT_COUNT.contains(rest) && !rest.startsWith("year-old") && !rest.endsWith("-old")
                        && Character.isLetter(rest.charAt(0)) && FRACTIONS.get(w) == null) {
                    out.add(found(s, b, e, n, rest)); // "a five-member panel"
                    continue;
                }
            }
            Double a = SMALL.get(w);
            if (a != null && (next.equals("to") || next.equals("or")) && i + 2 < words.size()) {
                int[] third = words.get(i + 2);
                String tw = lw[i + 2];
                Double z = SMALL.get(tw);
                if (z == null && !tw.isEmpty() && Character.isDigit(tw.charAt(0))) {
                    z = number(tw); // "the eight to 10 hours": the word end of the range (the digits count anyway)
                    if (z != null && z > a) {
                        out.add(found(s, b, e, a, null));
                        i += 1;
                        continue;
                    }
                }
                if (z != null && z > a) {
                    out.add(found(s, b, e, a, null)); // "two to three weeks": both ends of the range
                    out.add(found(s, third[0], third[1], z, null));
                    i += 2;
                }
            }
        }
        return out;
    }

    private static boolean following(String s, List<int[]> words, int i, String word) {
        return i < words.size() && s.substring(words.get(i)[0], words.get(i)[1]).equalsIgnoreCase(word);
    }

    private static Double number(String w) {
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            try {
                return Double.parseDouble(w.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return SMALL.get(w);
    }

    private static Quantities.Found found(String s, int b, int e, double value, String unit) {
        String hedge = null;
        String pre = s.substring(Math.max(0, b - 14), b).toLowerCase(Locale.ROOT);
        for (String h : List.of("nearly ", "almost ", "about ", "around ", "roughly ", "more than ", "less than ")) {
            if (pre.endsWith(h)) {
                hedge = h.strip();
                b -= h.length();
                break;
            }
        }
        return new Quantities.Found(b, e, new ExtractedQuantity(s.substring(b, e), value, unit, hedge != null), hedge);
    }

    /** Words (letters, digits, inner hyphens and dots) as [start, end) offsets. */
    private static List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int b = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || (s.charAt(i) == '-' || s.charAt(i) == '.'
                    || s.charAt(i) == ',') && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))
                    && (s.charAt(i) == '-' || Character.isDigit(s.charAt(i - 1))))) {
                i++;
            }
            out.add(new int[] {b, i});
        }
        return out;
    }
}
