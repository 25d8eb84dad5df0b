package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who a sentence attributes its content to: cue, source phrase, content span, relaying source. */
final class Attribution {

    /**
     * One attribution, offsets relative to the sentence. src/via/appos are [start, end) or -1. A source of -1
     * with {@code quote} means a bare quotation that continues the previous speaker.
     */
    record Attr(int srcStart, int srcEnd, String cue, int contentStart, int contentEnd, int viaStart, int viaEnd,
                String viaCue, int apposStart, int apposEnd, boolean quote) {
    }


    private Attribution() {
    }


    static List<Attr> analyze(String s) {
        List<Tokens.Tok> t = Tokens.of(s);
        List<Attr> out = new ArrayList<>();
        if (t.isEmpty()) {
            return out;
        }
        int n = t.size();
        int last = n;
        while (last > 0 && ".!?\"\u201C\u201D'\u2018\u2019)]\u2026;:,".indexOf(t.get(last - 1).text().charAt(0)) >= 0) {
            last--;
        }
        if (last == 0) {
            return out;
        }
        List<Attr> split = splitQuote(s, t, last);
        if (split != null) {
            return split;
        }
        Attr label = labelled(s, t, last);
        if (label != null) {
            for (Attr a : analyzeMain(s, t, last)) {
                if (!Lexicon.LABEL_CUES.contains(a.cue()) && a.contentEnd() <= label.srcStart()) {
                    out.add(a);
                }
            }
            out.add(label);
            return out;
        }
        List<Attr> main = analyzeMain(s, t, last);
        if (main.isEmpty() && s.indexOf("by ") >= 0 || main.isEmpty() && s.indexOf("By ") >= 0) {
            Matcher m = BY_COUNT.matcher(s);
            if (m.find()) {
                int ce = t.get(last - 1).end();
                int cs0 = m.start() == 0 ? m.end() : 0;
                Attr a = make(s, t, -1, -1, "by " + m.group(1) + " " + m.group(2), cs0, ce, -1, -1, null, -1, -1);
                String owner = m.group(1);
                boolean possessive = owner.endsWith("s") && (owner.endsWith("'s") || owner.endsWith("\u2019s"))
                        || owner.equals("his") || owner.equals("her") || owner.equals("their") || owner.equals("its")
                        || owner.equals("our");
                main = List.of(new Attr(m.start(1), possessive ? m.end(1) : m.end(2), a.cue(), a.contentStart(), a.contentEnd(), -1, -1, null,
                        -1, -1, false));
            }
        }
        return main;
    }

    /** "The shop held, by her own count, about 20,000 records": a possessive source in a mid-sentence phrase. */
    private static final Pattern BY_COUNT = Pattern.compile(
            "(?:^|,\\s*)[Bb]y (his|her|their|its|our|the [\\p{L}' -]{1,40}?['\u2019]s|[A-Z][\\p{L}.&' -]{0,40}?['\u2019]s|"
                    + "some|many|most|several|other|official|independent|conservative|one|its) (?:own )?"
                    + "(counts?|estimates?|reckoning|calculations?|tally|tallies|measures?|accounts?|figures)"
                    + "(?:\\s*,|\\s*[.!]?$)");

    /** "in a ruling that tenants' groups described as 'a licence to evict'": the quoted label is the claim. */
    private static Attr labelled(String s, List<Tokens.Tok> t, int last) {
        for (int k = 1; k < last - 2; k++) {
            if (!Lexicon.LABEL_CUES.contains(t.get(k).lower())) {
                continue;
            }
            int q = k + 1;
            while (q < last && q < k + 6 && !t.get(q).isQuote() && !t.get(q).text().equals(",")) {
                q++;
            }
            if (q >= last || !t.get(q).isQuote() || q > k + 1 && !t.get(q - 1).lower().equals("as")
                    && !t.get(q - 1).lower().equals("it") && !t.get(q - 1).lower().equals("them")) {
                continue;
            }
            int close = q + 1;
            while (close < t.size() && !(t.get(close).isQuote() && (close + 1 >= t.size() || !t.get(close + 1).isWord()
                    || t.get(close).text().equals("\u201D")))) {
                close++;
            }
            if (close >= t.size() || close - q < 2) {
                continue;
            }
            int[] src = LeadingSources.sourceBefore(t, 0, k);
            if (src == null) {
                continue;
            }
            return new Attr(t.get(src[0]).start(), t.get(src[1] - 1).end(), t.get(k).lower(), t.get(q + 1).start(),
                    t.get(close - 1).end(), -1, -1, null, src[2] < 0 ? -1 : t.get(src[2]).start(),
                    src[2] < 0 ? -1 : t.get(src[3] - 1).end(), true);
        }
        return null;
    }

    private static List<Attr> analyzeMain(String s, List<Tokens.Tok> t, int last) {
        List<Attr> out = new ArrayList<>();
        int[] tail = TrailingSources.trailing(t, last);
        if (tail != null && containsFigure(t, tail[1], tail[2])) {
            tail = null; // ", a sliver of the 1.2 billion phones expected.": a phrase with a figure is no source
        }
        int leadLimit = tail != null ? tail[0] : last;
        int[] lead = LeadingSources.leading(s, t, LeadingSources.quoteEnd(t, t.size()), leadLimit);
        if (lead != null && tail != null && (LeadingSources.isWeak(t.get(lead[2]).lower())
                || tail[3] >= 0 && !LeadingSources.SAY.contains(t.get(lead[2]).lower()))
                && !(tail[2] - tail[1] == 1 && Lexicon.PRONOUNS.contains(t.get(tail[1]).lower()))
                && !explicitContent(s, t, lead)) {
            lead = null; // "Hospitals admitted 3,400 patients, the ministry said": the trailing source wins
        }
        if (lead == null) {
            lead = LeadingSources.subjectWithParticiple(t, leadLimit);
        }
        if (lead != null && lead[0] > 0 && t.get(lead[0] - 1).text().equals(",") && LeadingSources.parenthetical(s, t, lead[3])) {
            out.add(make(s, t, lead[0], lead[1], t.get(lead[2]).lower(), t.get(0).start(),
                    t.get(lead[0] - 1).start(), -1, -1, null, lead[4], lead[5]));
        } else if (lead != null && tail != null) {
            out.add(make(s, t, lead[0], lead[1], t.get(lead[2]).lower(), lead[3], TrailingSources.tailContentEnd(s, t, tail, last),
                    tail[1], tail[2], tail[3] >= 0 ? t.get(tail[3]).lower() : "according to", lead[4], lead[5]));
            TrailingSources.afterTail(s, t, tail, last, out, lead[0], lead[1], t.get(tail[1]).start(), t.get(tail[2] - 1).end());
        } else if (lead != null) {
            int end = t.get(last - 1).end();
            List<Attr> second = secondSource(s, t, lead[3], last);
            if (second.isEmpty()) {
                second = sameSourceAfterContrast(s, t, lead, last);
            }
            if (!second.isEmpty()) {
                end = second.get(0).contentStart() < 0 ? end : cutAt(s, t, lead[3], last);
            }
            out.add(make(s, t, lead[0], lead[1], t.get(lead[2]).lower(), lead[3], end, -1, -1, null, lead[4], lead[5]));
            out.addAll(second);
        } else if (tail != null) {
            String cue = tail[3] >= 0 ? t.get(tail[3]).lower() : "according to";
            int from = 0;
            out.add(make(s, t, tail[1], tail[2], cue, t.get(from).start(), TrailingSources.tailContentEnd(s, t, tail, last), -1, -1,
                    null, tail[4], tail[5]));
            TrailingSources.afterTail(s, t, tail, last, out, tail[1], tail[2], -1, -1);
        } else if (t.get(0).isQuote() || t.get(0).text().equals("\u2018")) {
            Attr a = make(s, t, 0, 1, null, t.get(0).start(), t.get(last - 1).end(), -1, -1, null, -1, -1);
            out.add(new Attr(-1, -1, null, a.contentStart(), a.contentEnd(), -1, -1, null, -1, -1, true));
        }
        return out;
    }

    /** "X warned that ...", "X announced: ...", "X called it “...”": the cue clearly introduces content. */
    private static boolean explicitContent(String s, List<Tokens.Tok> t, int[] lead) {
        String between = s.substring(t.get(lead[2]).end(), Math.max(t.get(lead[2]).end(), lead[3]));
        return between.contains("that") || between.contains(":") || lead[3] < s.length()
                && (s.charAt(lead[3]) == '"' || s.charAt(lead[3]) == '\u201C');
    }

    private static final java.util.Set<String> CONTRAST = Lexicon.set("but", "while", "whereas", "although", "and");

    /** Token index of ", but" / ", while" / ";" inside the content, or -1. */
    private static int contrastAt(List<Tokens.Tok> t, int contentStart, int last) {
        for (int k = 1; k < last - 2; k++) {
            if (t.get(k).start() < contentStart) {
                continue;
            }
            if (t.get(k).text().equals(";") || t.get(k).text().equals(",") && CONTRAST.contains(t.get(k + 1).lower())) {
                return k;
            }
        }
        return -1;
    }

    private static int cutAt(String s, List<Tokens.Tok> t, int contentStart, int last) {
        return t.get(contrastAt(t, contentStart, last)).start();
    }

    /** "X said A, but critics said B": the attribution after the contrast, shifted into this sentence. */
    private static List<Attr> secondSource(String s, List<Tokens.Tok> t, int contentStart, int last) {
        int k = contrastAt(t, contentStart, last);
        if (k < 0) {
            return List.of();
        }
        int from = t.get(k + 1).start();
        if (CONTRAST.contains(t.get(k + 1).lower())) {
            from = t.get(k + 1).end();
        }
        String rest = s.substring(from);
        List<Attr> out = new ArrayList<>();
        for (Attr a : analyze(rest)) {
            if (a.srcStart() < 0 || a.srcStart() > a.contentStart()) {
                return List.of(); // only "SOURCE said ..." counts as a second source
            }
            out.add(new Attr(a.srcStart() + from, a.srcEnd() + from, a.cue(), a.contentStart() + from,
                    a.contentEnd() + from, a.viaStart() < 0 ? -1 : a.viaStart() + from,
                    a.viaEnd() < 0 ? -1 : a.viaEnd() + from, a.viaCue(),
                    a.apposStart() < 0 ? -1 : a.apposStart() + from, a.apposEnd() < 0 ? -1 : a.apposEnd() + from,
                    a.quote()));
        }
        return out;
    }

    /** "X said A, but warned that B": a second cue of the same subject after the contrast. */
    private static List<Attr> sameSourceAfterContrast(String s, List<Tokens.Tok> t, int[] lead, int last) {
        int k = contrastAt(t, lead[3], last);
        if (k < 0 || !t.get(k).text().equals(",")) {
            return List.of();
        }
        int c = k + 2;
        while (c < last && Lexicon.AUX.contains(t.get(c).lower())) {
            c++;
        }
        if (c + 1 >= last || !Lexicon.CUES.contains(t.get(c).lower()) || t.get(c).isCap()) {
            return List.of();
        }
        int cs = LeadingSources.contentStart(s, t, c, last);
        String between = s.substring(t.get(c).end(), cs);
        if (!between.contains("that") && !between.contains(":") && !LeadingSources.looksLikeClause(t, c + 1, last)) {
            return List.of();
        }
        return List.of(make(s, t, lead[0], lead[1], t.get(c).lower(), cs, t.get(last - 1).end(), -1, -1, null,
                lead[4], lead[5]));
    }

    private static boolean containsFigure(List<Tokens.Tok> t, int a, int b) {
        for (int k = Math.max(0, a); k < b && k < t.size(); k++) {
            String x = t.get(k).text();
            if (!x.isEmpty() && Character.isDigit(x.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    static Attr make(String s, List<Tokens.Tok> t, int srcA, int srcB, String cue, int cs, int ce,
                             int viaA, int viaB, String viaCue, int apA, int apB) {
        int a = cs;
        int b = ce;
        while (a < b && " ,:;\"\u201C\u201D'\u2018".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        boolean quote = hasAny(s, cs, a, "\"\u201C\u2018") || hasAny(s, Math.max(0, a - 2), a, "\"\u201C");
        while (b > a && " ,:;.\"\u201C\u201D'\u2019".indexOf(s.charAt(b - 1)) >= 0) {
            if (s.charAt(b - 1) == '\'' || s.charAt(b - 1) == '\u2019') {
                if (b - 2 >= 0 && Character.isLetter(s.charAt(b - 2)) && !quote) {
                    break;
                }
            }
            b--;
        }
        int ss = srcA < 0 ? -1 : t.get(srcA).start();
        int se = srcA < 0 ? -1 : t.get(srcB - 1).end();
        int vs = viaA < 0 ? -1 : t.get(viaA).start();
        int ve = viaA < 0 ? -1 : t.get(viaB - 1).end();
        int as = apA < 0 ? -1 : t.get(apA).start();
        int ae = apA < 0 ? -1 : t.get(apB - 1).end();
        return new Attr(ss, se, cue, a, b, vs, ve, viaCue, as, ae, quote);
    }


    static boolean hasAny(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }


    /** {@code "A," he said, "B."}: two claims, A and B, of one speaker. */
    private static List<Attr> splitQuote(String s, List<Tokens.Tok> t, int last) {
        if (!t.get(0).isQuote()) {
            return null;
        }
        for (int q = 1; q < last - 3; q++) {
            if (t.get(q).isQuote() && t.get(q - 1).text().equals(",")) {
                int c = q + 1;
                while (c < last && !t.get(c).text().equals(",")) {
                    c++;
                }
                if (c >= last - 1 || c - q > 8 || !t.get(c + 1).isQuote()) {
                    return null;
                }
                int[] tail = TrailingSources.trailing(t.subList(0, c), c);
                if (tail == null) {
                    return null;
                }
                String cue = tail[3] >= 0 ? t.get(tail[3]).lower() : "according to";
                Attr first = make(s, t, tail[1], tail[2], cue, t.get(0).start(), t.get(q - 1).start(), -1, -1,
                        null, -1, -1);
                Attr second = make(s, t, tail[1], tail[2], cue, t.get(c + 1).start(), t.get(last - 1).end(), -1,
                        -1, null, -1, -1);
                return List.of(first, second);
            }
        }
        return null;
    }
}
