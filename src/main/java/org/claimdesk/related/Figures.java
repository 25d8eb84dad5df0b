package org.claimdesk.related;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The figures of a claim: whether two claims share a value, and whether their figures count the same thing (a
 * percentage only compares with a percentage, a sum of money with the same currency, a plain count needs a
 * shared counted noun: "11,000 ... soldiers" vs "10,000 ... soldiers", not "300 tanks").
 */
final class Figures {

    /** Values this close (relative to the larger) are the same figure: 11,000 and 11,050 are. */
    static final double TOLERANCE = 0.01;

    /** How many words after a figure may name what it counts, and how many content words of them are kept. */
    private static final int COUNTED_WINDOW = 5;
    private static final int COUNTED_WORDS = 3;

    private static final Pattern PERCENT_AFTER = Pattern.compile(
            "\\s*(?:%|percent\\b|per cent\\b|pct\\b|percentage point)");
    private static final String CURRENCIES = "$\u20AC\u00A3\u00A5\u20B9";
    private static final String CLAUSE_BREAKS = ".,;:!?()[]\"";

    /**
     * A figure as written: its unit ("%", a currency sign, or "" for a plain count) and, for a plain count, the
     * stems of what it counts.
     */
    record Numeral(String unit, List<String> counted) {
    }

    private Figures() {
    }

    /** The finite values among the given ones (nulls, NaN and infinities dropped). */
    static double[] values(List<Double> raw) {
        if (raw == null) {
            return new double[0];
        }
        return raw.stream().filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether some value of one equals some value of the other, within {@link #TOLERANCE}. */
    static boolean anyEqual(double[] a, double[] b) {
        for (double x : a) {
            for (double y : b) {
                if (Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a figure of one and a figure of the other count the same thing (both lists non-empty). */
    static boolean countSameThing(List<Numeral> a, List<Numeral> b) {
        for (Numeral x : a) {
            for (Numeral y : b) {
                if (x.unit().equals(y.unit())
                        && (!x.unit().isEmpty() || !Collections.disjoint(x.counted(), y.counted()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The numerals written in normalized text, with the tokens of that text. */
    static List<Numeral> numerals(String lower, List<Token> tokens) {
        List<Numeral> numerals = new ArrayList<>();
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))) {
                int end = numberEnd(lower, i);
                numerals.add(numeral(lower, i, end, tokens));
                i = end;
            }
        }
        return numerals;
    }

    /** Values for a reason: "11,000, 12.5". */
    static String format(double[] values) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US));
        StringBuilder out = new StringBuilder();
        for (double value : values) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(format.format(value));
        }
        return out.toString();
    }

    /** End of a figure starting at {@code start}: digits, thousands groups ("2,500") and decimals ("2.5"). */
    private static int numberEnd(String text, int start) {
        int i = digitsEnd(text, start);
        while (i + 4 <= text.length() && text.charAt(i) == ',' && digitsEnd(text, i + 1) == i + 4) {
            i += 4;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            i = digitsEnd(text, i + 1);
        }
        return i;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Numeral numeral(String lower, int start, int end, List<Token> tokens) {
        if (PERCENT_AFTER.matcher(lower).region(end, lower.length()).lookingAt()) {
            return new Numeral("%", List.of());
        }
        int before = start - 1;
        while (before >= 0 && lower.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && CURRENCIES.indexOf(lower.charAt(before)) >= 0) {
            return new Numeral(String.valueOf(lower.charAt(before)), List.of());
        }
        // the counted thing: the first content words after the figure, within the same clause
        List<String> counted = new ArrayList<>();
        int position = end;
        int seen = 0;
        for (Token token : tokens) {
            if (token.start() < end) {
                continue;
            }
            if (seen++ >= COUNTED_WINDOW || counted.size() >= COUNTED_WORDS
                    || breaksClause(lower, position, token.start())) {
                break;
            }
            position = token.end();
            if (token.stem() != null) {
                counted.add(token.stem());
            }
        }
        return new Numeral("", List.copyOf(counted));
    }

    private static boolean breaksClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
