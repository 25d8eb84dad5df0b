package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds figures in a piece of text: numbers with scale, currency, percent, units or counted nouns. */
final class Quantities {

    /** A figure found at [start, end) of the scanned text; hedge is its approximator as written, or null. */
    record Found(int start, int end, ExtractedQuantity quantity, String hedge) {

        /** The same figure with its offsets moved by {@code by} (from a sentence into the whole article). */
        Found shifted(int by) {
            return new Found(start + by, end + by, quantity, hedge);
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("a dozen", 12.0), Map.entry("dozen", 12.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0),
            Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0),
            Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
            Map.entry("hundred", 100.0), Map.entry("a hundred", 100.0), Map.entry("a thousand", 1000.0),
            Map.entry("hundreds", 100.0), Map.entry("thousands", 1000.0));
    private static final Pattern SCALE = Pattern.compile(
            "(?i)(?:\\s*|-)(trillion|billion|million|thousand|bn|mln|mn|tn|m|k)\\b(?!-)");
    private static final Pattern PERCENT = Pattern.compile(
            "(?i)\\s*(%|percentage points?|per cent|percent|pct)(?![\\p{L}])");
    private static final Pattern CURRENCY_WORD = Pattern.compile(
            "(?i)\\s+(euros?|dollars?|pounds?(?: sterling)?|won|yen|yuan|rubles?|roubles?|rupees?|francs?|"
                    + "pesos?|zloty|zlotys|kronor|kroner|krona|shillings?|reais|real)\\b");
    private static final Pattern UNIT = Pattern.compile(
            "(?i)[\\s-]*(mph|miles per hour|kilometers per hour|kilometres per hour|km/h|kph|knots|square kilometers|square kilometres|square miles|kilometers|kilometres|km/h|km|miles|"
                    + "meters|metres|m\\b|centimeters|cm|millimeters|mm|kilograms|kg|tonnes|tons|metric tons|"
                    + "gigawatts|gw|megawatts|mw|kilowatts|kw|gigawatt-hours|gwh|megawatt-hours|mwh|twh|"
                    + "hectares|acres|degrees celsius|degrees fahrenheit|degrees|liters|litres|barrels|bpd|"
                    + "households|homes|years|months|weeks|days|hours|minutes|seconds|points|votes|seats)\\b");
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("(US\\$|C\\$|A\\$|HK\\$|\\$|€|£|¥|₩|EUR ?|USD ?|GBP ?)$");
    private static final Pattern APPROX = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(an estimated|more than|less than|fewer than|at least|up to|close to|as many as|"
                    + "as much as|as high as|upwards of|in excess of|just over|just under|nearly|almost|about|"
                    + "around|roughly|approximately|some|over|under|estimated|approx\\.|below|above)\\s+$");
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
                    + "june|july|august|september|october|november|december)\\.?\\s+$");
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "(?i)\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
                    + "june|july|august|september|october|november|december)\\b");
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)(?::\\d\\d|\\s*[ap]\\.m\\b|\\s*[ap]m\\b|\\s*o'clock)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|[^\\s\\p{L}]");
    private static final Pattern RANGE_SEP = Pattern.compile("(?i)^\\s*(?:-|–|—|to|and|or)\\s*(?:US\\$|\\$|€|£)?$");

    private static final Pattern ORDINAL = Pattern.compile("(?:st|nd|rd|th)\\b");
    private static final Pattern SCALED_TEXT = Pattern.compile("(?:illion|thousand|bn|mn|tn)\\b|\\d[mk]$");
    private static final Pattern CURRENCY_TEXT = Pattern.compile("\\D*[$€£¥₩]");
    private static final java.util.Set<String> LABEL_STOP = Lexicon.set("the", "a", "an", "in", "on", "at", "of",
            "by", "to", "for", "from", "with", "and", "or", "than", "some", "about", "over", "up");

    private Quantities() {
    }

    static List<Found> find(String s) {
        List<Found> out = new ArrayList<>();
        List<Range> numSpans = new ArrayList<>();
        for (Range cand : candidates(s)) {
            int ns = cand.start();
            int ne = cand.end();
            String raw = s.substring(ns, ne);
            boolean word = Character.isLetter(raw.charAt(0));
            if (!word && ns > 0 && (Character.isLetterOrDigit(s.charAt(ns - 1)) || s.charAt(ns - 1) == '/'
                    || s.charAt(ns - 1) == '#' || s.charAt(ns - 1) == ':' || (s.charAt(ns - 1) == '-' && ns > 1 && Character.isLetter(s.charAt(ns - 2))))) {
                continue; // part of a name or ID: "F-16", "A320"
            }
            if (!word && ne < s.length() && s.charAt(ne) == '/') {
                continue;
            }
            double value = word ? WORDS.get(raw.toLowerCase(Locale.ROOT)) : Double.parseDouble(raw.replace(",", ""));
            boolean negative = !word && ns > 0 && (s.charAt(ns - 1) == '-' || s.charAt(ns - 1) == '\u2212')
                    && (ns == 1 || s.charAt(ns - 2) == ' ' || s.charAt(ns - 2) == '(');
            if (negative) {
                value = -value;
                ns--;
            }
            String before = s.substring(Math.max(0, ns - 30), ns);
            int end = ne;
            String unit = null;
            boolean scaled = false;
            Matcher cur = CURRENCY_PREFIX.matcher(before);
            int qs = ns;
            if (!word && cur.find()) {
                unit = currencyOf(cur.group(1).trim());
                qs = ns - (before.length() - cur.start());
            }
            // ordinals, ages, compound adjectives, times, dates
            if (!word && ne < s.length()) {
                String tail = s.substring(ne, Math.min(s.length(), ne + 12)).toLowerCase(Locale.ROOT);
                if (ORDINAL.matcher(tail).lookingAt() && ordinalCounts(s, ns, ne)) {
                    String ord = s.substring(ns, ne + 2);
                    out.add(new Found(ns, ne + 2, new ExtractedQuantity(ord, value, "ordinal", false), null));
                    numSpans.add(new Range(ns, ne));
                    continue;
                }
                if (ORDINAL.matcher(tail).lookingAt() || tail.startsWith("-year-old") || tail.startsWith("-yea")
                        || TIME_AFTER.matcher(s).region(ne, s.length()).lookingAt()) {
                    continue;
                }
            }
            if (!word && (MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(s).region(ne, s.length()).lookingAt())) {
                continue;
            }
            Matcher sc = SCALE.matcher(s).region(end, s.length());
            if (sc.lookingAt()) {
                String g = sc.group(1).toLowerCase(Locale.ROOT);
                boolean attachedMillion = g.equals("m") && unit == null && sc.start() == end
                        && countedNoun(s, sc.end()) != null && !UNIT.matcher(s).region(sc.end(), s.length()).lookingAt();
                if (!((g.equals("m") || g.equals("k")) && unit == null) || attachedMillion) { // "30m people"
                    // through BigDecimal: 4.1 * 1e6 in doubles is 4099999.9999999995
                    value = java.math.BigDecimal.valueOf(value).multiply(java.math.BigDecimal.valueOf(scaleOf(g))).doubleValue();
                    end = sc.end();
                    scaled = true;
                }
            }
            Matcher pc = PERCENT.matcher(s).region(end, s.length());
            Matcher cw = CURRENCY_WORD.matcher(s).region(end, s.length());
            Matcher un = UNIT.matcher(s).region(end, s.length());
            if (unit == null && pc.lookingAt()) {
                String g = pc.group(1).toLowerCase(Locale.ROOT);
                unit = g.startsWith("percentage") ? "percentage points" : "percent";
                end = pc.end();
            } else if (unit == null && cw.lookingAt()) {
                unit = currencyOf(cw.group(1));
                end = cw.end();
            } else if (unit == null && un.lookingAt() && !(un.group(1).equalsIgnoreCase("m") && !scaled)) {
                unit = un.group(1).toLowerCase(Locale.ROOT);
                end = un.end();
            } else if (unit == null) {
                Range noun = countedNoun(s, end);
                if (noun != null) {
                    unit = s.substring(noun.start(), noun.end()).toLowerCase(Locale.ROOT);
                    end = noun.end();
                }
            }
            boolean isYear = !word && !scaled && raw.length() == 4 && (raw.startsWith("19") || raw.startsWith("20") || raw.equals("2100")) && (unit == null || unit.equals("years"));
            if (isYear) {
                continue;
            }
            String lead = word ? s.substring(Math.max(0, ns - 12), ns).toLowerCase(Locale.ROOT) : "";
            if (word && unit == null && !scaled && !lead.endsWith("factor of ") && !countsAPart(s, ns, ne, lead)) {
                continue; // a bare number word is not a figure ("a factor of three", "nine of the 11" are)
            }
            if (!word && unit == null && !scaled && raw.indexOf('.') < 0 && value < 130 && isAge(s, ns)) {
                continue; // "aged 84", "died on Sunday at 84"
            }
            if (!word && unit == null && !scaled && raw.indexOf(',') < 0 && raw.indexOf('.') < 0 && value < 10
                    && ns > 0 && Character.isUpperCase(prevWordFirst(s, ns))) {
                continue; // "Group 7", "Route 66"-like labels
            }
            String hedge = null;
            String pre = s.substring(Math.max(0, qs - 30), qs);
            Matcher ap = APPROX.matcher(pre);
            if (ap.find()) {
                hedge = ap.group(1);
                qs = qs - (pre.length() - ap.start(1));
            }
            out.add(new Found(qs, end, new ExtractedQuantity(s.substring(qs, end), value, unit, hedge != null), hedge));
            numSpans.add(new Range(ns, ne));
        }
        List<Found> all = shareRanges(s, out, numSpans);
        List<Found> words = RelativeFigures.find(s);
        if (words.isEmpty()) {
            return all;
        }
        for (Found w : words) {
            boolean overlaps = false;
            for (Found f : all) {
                if (w.start() < f.end() && w.end() > f.start()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                all.add(w);
            }
        }
        all.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return all;
    }

    /** Digit runs (by regex) and number words (by a word walk), in text order. */
    private static List<Range> candidates(String s) {
        List<Range> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(s);
        while (m.find()) {
            out.add(new Range(m.start(), m.end()));
        }
        int i = 0;
        int n = s.length();
        int prevStart = -1;
        String prev = null;
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int b = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (b > 0 && (Character.isDigit(s.charAt(b - 1)) || s.charAt(b - 1) == '-')) {
                prev = null;
                continue;
            }
            String w = s.substring(b, i).toLowerCase(Locale.ROOT);
            if ("a".equals(prev) && (w.equals("dozen") || w.equals("hundred") || w.equals("thousand"))) {
                out.add(new Range(prevStart, i));
            } else if (WORDS.containsKey(w) && (i >= n || s.charAt(i) != '-')) {
                out.add(new Range(b, i));
            }
            prev = w;
            prevStart = b;
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** "between 4 billion and 5.5 billion euros", "5-7 million": the first figure shares scale and unit. */
    private static List<Found> shareRanges(String s, List<Found> found, List<Range> spans) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Found a = found.get(i);
            Found b = found.get(i + 1);
            int next = spans.get(i + 1).start(); // where the second number's digits start
            if (a.end() > next || !RANGE_SEP.matcher(s.substring(a.end(), next)).find()) {
                continue;
            }
            ExtractedQuantity qa = a.quantity();
            ExtractedQuantity qb = b.quantity();
            if (qa.unit() != null && !qa.unit().equals(qb.unit())) {
                continue;
            }
            double value = qa.value();
            String aText = qa.text().toLowerCase(Locale.ROOT);
            boolean aScaled = SCALED_TEXT.matcher(aText).find();
            if (!aScaled) {
                double bScale = scaleIn(qb.text());
                value *= bScale;
            }
            String unit = qa.unit() == null ? qb.unit() : qa.unit();
            found.set(i, new Found(a.start(), a.end(), new ExtractedQuantity(qa.text(), value, unit, qa.approximate()), a.hedge()));
        }
        return found;
    }

    private static double scaleIn(String text) {
        Matcher m = SCALE.matcher(text);
        double scale = 1;
        while (m.find()) {
            String g = m.group(1).toLowerCase(Locale.ROOT);
            if (!g.equals("m") && !g.equals("k") || CURRENCY_TEXT.matcher(text).lookingAt()) {
                scale = scaleOf(g);
            }
        }
        return scale;
    }

    /**
     * "nine of the audit's 11 recommendations", "in all four regions": a number word that counts part of a set
     * (not "the two of them", "one of the largest").
     */
    private static boolean countsAPart(String s, int ns, int ne, String lead) {
        if (lead.endsWith("all ")) {
            return true;
        }
        if (lead.endsWith("the ") || !s.startsWith(" of ", ne)) {
            return false;
        }
        int after = ne + 4;
        return s.startsWith("the ", after) || s.startsWith("its ", after) || s.startsWith("their ", after)
                || s.startsWith("those ", after) || s.startsWith("these ", after) || s.startsWith("our ", after)
                || s.startsWith("his ", after) || s.startsWith("her ", after);
    }

    /** "the 29th incursion": an ordinal after "the" and before a lowercase noun; "on the 29th", "29th of May" are dates. */
    private static boolean ordinalCounts(String s, int ns, int ne) {
        String pre = s.substring(Math.max(0, ns - 4), ns).toLowerCase(Locale.ROOT);
        int after = ne + 2;
        if (!pre.endsWith("the ") || after + 2 >= s.length() || s.charAt(after) != ' ') {
            return false;
        }
        char c = s.charAt(after + 1);
        return Character.isLowerCase(c) && !s.startsWith("of ", after + 1) && !s.startsWith("and ", after + 1)
                && !s.startsWith("or ", after + 1);
    }

    private static boolean isAge(String s, int ns) {
        String pre = s.substring(Math.max(0, ns - 60), ns).toLowerCase(Locale.ROOT);
        return pre.endsWith("aged ") || pre.endsWith("age ") || pre.endsWith("age of ")
                || pre.endsWith(" at ") && (pre.contains("died") || pre.contains("dies") || pre.contains("death"));
    }

    private static char prevWordFirst(String s, int at) {
        int e = at;
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        if (b == e || b == 0) {
            return 'a';
        }
        String w = s.substring(b, e);
        if (LABEL_STOP.contains(w.toLowerCase(Locale.ROOT))) {
            return 'a';
        }
        return s.charAt(b);
    }

    /** The first plural noun within the next four words ("11,000 North Korean soldiers"), as offsets. */
    private static Range countedNoun(String s, int from) {
        Matcher w = WORD.matcher(s).region(from, s.length());
        int words = 0;
        while (w.find() && words < 4) {
            String t = w.group();
            if (!Character.isLetter(t.charAt(0))) {
                return null;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (Lexicon.STOP_BEFORE_NOUN.contains(lower)) {
                return null;
            }
            if (Lexicon.isPluralNoun(lower)) {
                return new Range(w.start(), w.end());
            }
            words++;
        }
        return null;
    }

    private static double scaleOf(String g) {
        return switch (g) {
            case "trillion", "tn" -> 1e12;
            case "billion", "bn" -> 1e9;
            case "million", "mln", "mn", "m" -> 1e6;
            default -> 1e3;
        };
    }

    private static String currencyOf(String c) {
        String l = c.toLowerCase(Locale.ROOT);
        if (l.contains("$") || l.startsWith("dollar") || l.startsWith("usd")) {
            return l.startsWith("c$") ? "CAD" : l.startsWith("a$") ? "AUD" : l.startsWith("hk$") ? "HKD" : "USD";
        }
        if (l.equals("€") || l.startsWith("euro") || l.startsWith("eur")) {
            return "EUR";
        }
        if (l.equals("£") || l.startsWith("pound") || l.startsWith("gbp")) {
            return "GBP";
        }
        return switch (l) {
            case "won", "₩" -> "KRW";
            case "yen", "¥" -> "JPY";
            case "yuan" -> "CNY";
            case "ruble", "rubles", "rouble", "roubles" -> "RUB";
            case "rupee", "rupees" -> "INR";
            case "zloty", "zlotys" -> "PLN";
            case "real", "reais" -> "BRL";
            default -> l;
        };
    }
}
