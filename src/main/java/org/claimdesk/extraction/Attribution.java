package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimdesk.extraction.LeadingSources.Lead;
import org.claimdesk.extraction.TrailingSources.Tail;

/** Finds who a sentence attributes its content to: cue, source phrase, content span, relaying source. */
final class Attribution {

    /**
     * One attribution, offsets relative to the sentence. src/via/appos are [start, end) or -1. A source of -1
     * with {@code quote} means a bare quotation that continues the previous speaker.
     */
    record Attr(int srcStart, int srcEnd, String cue, int contentStart, int contentEnd, int viaStart, int viaEnd,
                int apposStart, int apposEnd, boolean quote) {

        /** The same attribution with all its offsets moved by {@code by} (absent ones stay -1). */
        Attr shifted(int by) {
            return new Attr(srcStart + by, srcEnd + by, cue, contentStart + by, contentEnd + by, move(viaStart, by),
                    move(viaEnd, by), move(apposStart, by), move(apposEnd, by), quote);
        }

        private static int move(int offset, int by) {
            return offset < 0 ? -1 : offset + by;
        }
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
        Attr label = labelled(t, last);
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
                Attr a = make(s, t, -1, -1, "by " + m.group(1) + " " + m.group(2), cs0, ce, -1, -1, -1, -1);
                String owner = m.group(1);
                boolean possessive = owner.endsWith("s") && (owner.endsWith("'s") || owner.endsWith("\u2019s"))
                        || owner.equals("his") || owner.equals("her") || owner.equals("their") || owner.equals("its")
                        || owner.equals("our");
                main = List.of(new Attr(m.start(1), possessive ? m.end(1) : m.end(2), a.cue(), a.contentStart(), a.contentEnd(), -1, -1,
                        -1, -1, false));
            }
        }
        if (main.isEmpty()) {
            main = reportedByOrNominal(s, t, last);
        } else if (s.contains(" that ")) {
            // "The department disputed the audit's finding that the data were unreliable, saying ...": the nominal
            // claim besides the sentence's own attribution
            List<Attr> nominal = reportedByOrNominal(s, t, last);
            if (!nominal.isEmpty() && nominal.get(0).cue() != null && !nominal.get(0).cue().startsWith("report")) {
                Attr nom = nominal.get(0);
                int comma = s.indexOf(',', nom.contentStart());
                int end = comma > 0 && comma < nom.contentEnd() ? comma : nom.contentEnd();
                boolean inside = false;
                for (Attr a : main) {
                    inside |= a.contentStart() <= nom.contentStart() && a.contentEnd() >= end
                            || a.srcStart() >= 0 && a.srcStart() < end && a.srcEnd() > nom.srcStart();
                }
                if (!inside) {
                    List<Attr> both = new ArrayList<>(main);
                    both.add(new Attr(nom.srcStart(), nom.srcEnd(), nom.cue(), nom.contentStart(), end, -1, -1, -1, -1, false));
                    both.sort((x, y) -> Integer.compare(x.contentStart(), y.contentStart()));
                    main = both;
                }
            }
        }
        return main;
    }

    private static final Pattern REPORTED_BY = Pattern.compile(
            "\\b(?:was|were|has been|had been|have been)\\s+(?:first\\s+|initially\\s+|originally\\s+|also\\s+|earlier\\s+)?"
                    + "(reported|disclosed|revealed|announced|confirmed)\\s+by\\s+");
    private static final Pattern NOMINAL = Pattern.compile(
            "(?:^|\\s)((?:[A-Z][\\p{L}.&-]*\\s+){0,3}[\\p{L}-]+['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[Tt]he\\s+)?[\\p{L}-]+['’]s)\\s+"
                    + "(?:repeated\\s+|earlier\\s+|false\\s+|unfounded\\s+|widely\\s+shared\\s+)?"
                    + "(claim|claims|assertion|allegation|contention|insistence|boast|argument|finding|conclusion)\\s+that\\s+");

    /**
     * "The merger was first reported by the Harbour Times": the whole clause is the reporter's claim; "the minister's
     * claim that crime doubled": a nominal claim of the owner. Empty when neither.
     */
    private static List<Attr> reportedByOrNominal(String s, List<Tokens.Tok> t, int last) {
        int end = t.get(last - 1).end();
        Matcher r = s.contains(" by ") ? REPORTED_BY.matcher(s) : null;
        if (r != null && r.find() && r.start() > 0) {
            int a = r.end();
            int b = a;
            while (b < end && s.charAt(b) != ',' && s.charAt(b) != ';') {
                b++;
            }
            List<Tokens.Tok> src = Tokens.of(s.substring(a, b));
            if (!src.isEmpty() && SourcePhrases.isSource(src, 0, src.size(), "according")) {
                return List.of(new Attr(a, b, r.group(1), 0, end, -1, -1, -1, -1, false));
            }
        }
        Matcher n = hasNominalCue(s) ? NOMINAL.matcher(s) : null;
        if (n != null && n.find()) {
            String owner = n.group(1);
            int os = n.start(1);
            int oe = owner.endsWith("s") && (owner.endsWith("'s") || owner.endsWith("’s")) ? n.end(1) - 2 : n.end(1);
            if (oe - os >= 2) {
                String cue = n.group(2).toLowerCase(java.util.Locale.ROOT);
                int comma = s.indexOf(", ", n.end());
                if (comma < 0 || comma >= end) {
                    return List.of(new Attr(os, oe, cue, n.end(), end, -1, -1, -1, -1, false));
                }
                List<Attr> out = new ArrayList<>();
                out.add(new Attr(os, oe, cue, n.end(), comma, -1, -1, -1, -1, false));
                // "The department disputed the audit's finding that ..., saying ...": the subject says the rest
                Lead subject = LeadingSources.subjectWithParticiple(t, last);
                if (subject != null && t.get(subject.srcEnd() - 1).end() <= os) {
                    out.add(make(s, t, subject.srcStart(), subject.srcEnd(), t.get(subject.cue()).lower(),
                            subject.contentStart(), end, -1, -1, subject.apposStart(), subject.apposEnd()));
                }
                return out;
            }
        }
        return List.of();
    }

    private static final java.util.Set<String> NOMINAL_CUES = java.util.Set.of("claim", "claims", "assertion",
            "allegation", "contention", "insistence", "boast", "argument", "finding", "conclusion");

    /**
     * Whether some " that " follows one of the nominal cue words: a cheap test that spares most sentences the NOMINAL
     * pattern, whose optional owner words make it the engine's costliest regex.
     */
    static boolean hasNominalCue(String s) {
        for (int i = s.indexOf("that"); i > 0; i = s.indexOf("that", i + 1)) {
            int e = i;
            while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
                b--;
            }
            if (e < i && NOMINAL_CUES.contains(s.substring(b, e))) {
                return true;
            }
        }
        return false;
    }

    /** "The shop held, by her own count, about 20,000 records": a possessive source in a mid-sentence phrase. */
    private static final Pattern BY_COUNT = Pattern.compile(
            "(?:^|,\\s*)[Bb]y (his|her|their|its|our|the [\\p{L}' -]{1,40}?['\u2019]s|[A-Z][\\p{L}.&' -]{0,40}?['\u2019]s|"
                    + "some|many|most|several|other|official|independent|conservative|one|its) (?:own )?"
                    + "(counts?|estimates?|reckoning|calculations?|tally|tallies|measures?|accounts?|figures)"
                    + "(?:\\s*,|\\s*[.!]?$)");

    /** "in a ruling that tenants' groups described as 'a licence to evict'": the quoted label is the claim. */
    private static Attr labelled(List<Tokens.Tok> t, int last) {
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
            LeadingSources.Source src = LeadingSources.sourceBefore(t, 0, k);
            if (src == null) {
                continue;
            }
            return new Attr(t.get(src.start()).start(), t.get(src.end() - 1).end(), t.get(k).lower(), t.get(q + 1).start(),
                    t.get(close - 1).end(), -1, -1, src.apposStart() < 0 ? -1 : t.get(src.apposStart()).start(),
                    src.apposStart() < 0 ? -1 : t.get(src.apposEnd() - 1).end(), true);
        }
        return null;
    }

    private static List<Attr> analyzeMain(String s, List<Tokens.Tok> t, int last) {
        List<Attr> out = new ArrayList<>();
        Tail tail = TrailingSources.trailing(t, last);
        if (tail != null && containsFigure(t, tail.srcStart(), tail.srcEnd())) {
            tail = null; // ", a sliver of the 1.2 billion phones expected.": a phrase with a figure is no source
        }
        int leadLimit = tail != null ? tail.comma() : last;
        Lead lead = LeadingSources.leading(s, t, LeadingSources.quoteEnd(t, t.size()), leadLimit);
        if (lead != null && tail != null && (LeadingSources.isWeak(t.get(lead.cue()).lower())
                || tail.cue() >= 0 && !LeadingSources.SAY.contains(t.get(lead.cue()).lower()))
                && !(tail.srcEnd() - tail.srcStart() == 1 && Lexicon.PRONOUNS.contains(t.get(tail.srcStart()).lower()))
                && !explicitContent(s, t, lead)) {
            lead = null; // "Hospitals admitted 3,400 patients, the ministry said": the trailing source wins
        }
        if (lead == null) {
            lead = LeadingSources.subjectWithParticiple(t, leadLimit);
        }
        if (lead != null && lead.srcStart() > 0 && t.get(lead.srcStart() - 1).text().equals(",")
                && LeadingSources.parenthetical(s, lead.contentStart())) {
            out.add(make(s, t, lead.srcStart(), lead.srcEnd(), t.get(lead.cue()).lower(), t.get(0).start(),
                    t.get(lead.srcStart() - 1).start(), -1, -1, lead.apposStart(), lead.apposEnd()));
        } else if (lead != null && tail != null) {
            out.add(make(s, t, lead.srcStart(), lead.srcEnd(), t.get(lead.cue()).lower(), lead.contentStart(),
                    TrailingSources.tailContentEnd(s, t, tail, last), tail.srcStart(), tail.srcEnd(), lead.apposStart(),
                    lead.apposEnd()));
            TrailingSources.afterTail(s, t, tail, last, out, lead.srcStart(), lead.srcEnd(), t.get(tail.srcStart()).start(),
                    t.get(tail.srcEnd() - 1).end());
        } else if (lead != null) {
            int end = t.get(last - 1).end();
            List<Attr> second = secondSource(s, t, lead.contentStart(), last);
            if (second.isEmpty()) {
                second = sameSourceAfterContrast(s, t, lead, last);
            }
            if (!second.isEmpty()) {
                end = second.get(0).contentStart() < 0 ? end : cutAt(t, lead.contentStart(), last);
            }
            out.add(make(s, t, lead.srcStart(), lead.srcEnd(), t.get(lead.cue()).lower(), lead.contentStart(), end, -1, -1,
                    lead.apposStart(), lead.apposEnd()));
            out.addAll(second);
        } else if (tail != null) {
            out.add(make(s, t, tail.srcStart(), tail.srcEnd(), tail.cueWord(t), t.get(0).start(),
                    TrailingSources.tailContentEnd(s, t, tail, last), -1, -1, tail.apposStart(), tail.apposEnd()));
            TrailingSources.afterTail(s, t, tail, last, out, tail.srcStart(), tail.srcEnd(), -1, -1);
        } else if (t.get(0).isQuote() || t.get(0).text().equals("\u2018")) {
            Attr a = make(s, t, 0, 1, null, t.get(0).start(), t.get(last - 1).end(), -1, -1, -1, -1);
            out.add(new Attr(-1, -1, null, a.contentStart(), a.contentEnd(), -1, -1, -1, -1, true));
        }
        return out;
    }

    /** "X warned that ...", "X announced: ...", "X called it “...”": the cue clearly introduces content. */
    private static boolean explicitContent(String s, List<Tokens.Tok> t, Lead lead) {
        int cueEnd = t.get(lead.cue()).end();
        String between = s.substring(cueEnd, Math.max(cueEnd, lead.contentStart()));
        return between.contains("that") || between.contains(":") || lead.contentStart() < s.length()
                && (s.charAt(lead.contentStart()) == '"' || s.charAt(lead.contentStart()) == '\u201C');
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

    private static int cutAt(List<Tokens.Tok> t, int contentStart, int last) {
        int k = contrastAt(t, contentStart, last);
        return t.get(k >= 0 ? k : bareContrastBeforeCue(t, contentStart, last) + 1).start();
    }

    /**
     * "X said the results were encouraging but cautioned that ...": the token before a "but"/"and" without comma
     * that a reporting verb and "that" follow (a second cue of the same subject), or -1.
     */
    private static int bareContrastBeforeCue(List<Tokens.Tok> t, int contentStart, int last) {
        for (int k = 1; k + 3 < last; k++) {
            if (t.get(k).start() < contentStart || t.get(k).text().equals(",")) {
                continue;
            }
            String w = t.get(k + 1).lower();
            if (!w.equals("but") && !w.equals("and")) {
                continue;
            }
            int c = k + 2;
            while (c < last && Lexicon.AUX.contains(t.get(c).lower())) {
                c++;
            }
            if (c + 1 < last && Lexicon.CUES.contains(t.get(c).lower()) && !t.get(c).isCap()
                    && t.get(c + 1).lower().equals("that")) {
                return k;
            }
        }
        return -1;
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
            out.add(a.shifted(from));
        }
        return out;
    }

    /** "X said A, but warned that B": a second cue of the same subject after the contrast. */
    private static List<Attr> sameSourceAfterContrast(String s, List<Tokens.Tok> t, Lead lead, int last) {
        int k = contrastAt(t, lead.contentStart(), last);
        if (k < 0) {
            k = bareContrastBeforeCue(t, lead.contentStart(), last);
        }
        if (k < 0 || !t.get(k).text().equals(",") && !CONTRAST.contains(t.get(k + 1).lower())) {
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
        return List.of(make(s, t, lead.srcStart(), lead.srcEnd(), t.get(c).lower(), cs, t.get(last - 1).end(), -1, -1,
                lead.apposStart(), lead.apposEnd()));
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

    /**
     * An attribution from token indices (source [srcA, srcB), relaying source [viaA, viaB), appositive [apA, apB),
     * -1 when absent) and the content's character offsets, trimmed of the punctuation around it.
     */
    static Attr make(String s, List<Tokens.Tok> t, int srcA, int srcB, String cue, int cs, int ce,
                     int viaA, int viaB, int apA, int apB) {
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
        return new Attr(ss, se, cue, a, b, vs, ve, as, ae, quote);
    }

    private static boolean hasAny(String s, int from, int to, String chars) {
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
                Tail tail = TrailingSources.trailing(t.subList(0, c), c);
                if (tail == null) {
                    return null;
                }
                String cue = tail.cueWord(t);
                Attr first = make(s, t, tail.srcStart(), tail.srcEnd(), cue, t.get(0).start(), t.get(q - 1).start(), -1, -1,
                        -1, -1);
                Attr second = make(s, t, tail.srcStart(), tail.srcEnd(), cue, t.get(c + 1).start(), t.get(last - 1).end(), -1,
                        -1, -1, -1);
                return List.of(first, second);
            }
        }
        return null;
    }
}
