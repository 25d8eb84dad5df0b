package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    private static final Set<String> INVERTED_CUES = Lexicon.set("said", "says", "added", "noted", "wrote",
            "warned", "asked", "explained", "insisted", "argued", "stressed", "continued", "recalled", "cautioned",
            "observed", "remarked", "replied", "countered", "predicted", "acknowledged", "declared");
    private static final Set<String> TOLD = Lexicon.set("told", "tell", "tells", "informed", "assured", "warned");
    private static final Pattern ADVERBIAL = Pattern.compile(
            "(?:\\s*,?\\s*(?:(?:on|late|early|last|this|earlier|later)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                    + "|Saturday|Sunday|today|yesterday|tonight|week|month|(?:(?:late|early) )?(?:last|this) (?:week|month|year))"
                    + "(?: (?:morning|afternoon|evening|night))?|\\s*,?\\s*(?:in|at|during|on|via|through) (?:a|an|the|its|his|her|their)"
                    + "(?: [\\w'’-]+){0,3} (?:statement|interview|report|post|letter|speech|note|briefing|filing|release|"
                    + "address|video|message|response|email|conference|hearing|meeting|session|summit|forum|event|"
                    + "rally|broadcast|appearance|update|bulletin|announcement|podcast|call|news conference|journal|magazine|"
                    + "paper|study|newsletter|blog|order|ruling|decision|lawsuit|op-ed|column|article|book|memo|"
                    + "tweet|document|notice|survey|analysis|presentation|testimony|affidavit|complaint|submission)"
                    + "(?: [A-Z][\\w.'’-]*)*(?: (?:to|with|for) (?:the |a |an |its |his |her )?[\\w'’-]+)?"
                    + "(?: (?:on|to|with|in|at|for) (?:[A-Z][\\w.'’-]*)(?: [A-Z][\\w.'’-]*)*)?"
                    + "|\\s*,?\\s*(?:by (?:tele)?phone|by email|by text message|over the phone|in writing|privately)"
                    + "|\\s*,?\\s*on (?:X|Twitter|Facebook|Telegram|Instagram|LinkedIn|social media|television|radio)"
                    + "|\\s*,?\\s*(?:also|previously|separately|again|repeatedly|publicly|earlier|recently|then|further))+");
    private static final Pattern TOLD_OBJECT = Pattern.compile(
            "\\s*(?:(?:the|a|an) )?(?:[A-Z][\\w.'’&-]*(?: [A-Z][\\w.'’&-]*)*|reporters|journalists|lawmakers|"
                    + "parliament|legislators|investors|analysts|staff|employees|members|delegates|residents|"
                    + "supporters|(?:news|press) (?:conference|agency|briefing)|broadcaster \\S+|newspaper \\S+|"
                    + "\\w+ (?:newspaper|paper|broadcaster|radio|television|agency|outlet|magazine|daily))");

    private static final Pattern THAT = Pattern.compile("\\s*,?\\s*(?:that\\b|:)");

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
        Attr split = splitQuote(s, t, last);
        if (split != null) {
            out.add(split);
            return out;
        }
        int[] tail = trailing(t, last);
        int leadLimit = tail != null ? tail[0] : last;
        int[] lead = leading(s, t, quoteEnd(t, t.size()), leadLimit);
        if (lead == null) {
            lead = subjectWithParticiple(t, leadLimit);
        }
        if (lead != null && lead[0] > 0 && t.get(lead[0] - 1).text().equals(",") && parenthetical(s, t, lead[3])) {
            out.add(make(s, t, lead[0], lead[1], t.get(lead[2]).lower(), t.get(0).start(),
                    t.get(lead[0] - 1).start(), -1, -1, null, lead[4], lead[5]));
        } else if (lead != null && tail != null) {
            out.add(make(s, t, lead[0], lead[1], t.get(lead[2]).lower(), lead[3], tailContentEnd(s, t, tail, last),
                    tail[1], tail[2], tail[3] >= 0 ? t.get(tail[3]).lower() : "according to", lead[4], lead[5]));
            afterTail(s, t, tail, last, out, lead[0], lead[1], t.get(tail[1]).start(), t.get(tail[2] - 1).end());
        } else if (lead != null) {
            int end = t.get(last - 1).end();
            out.add(make(s, t, lead[0], lead[1], t.get(lead[2]).lower(), lead[3], end, -1, -1, null, lead[4], lead[5]));
        } else if (tail != null) {
            String cue = tail[3] >= 0 ? t.get(tail[3]).lower() : "according to";
            int from = 0;
            out.add(make(s, t, tail[1], tail[2], cue, t.get(from).start(), tailContentEnd(s, t, tail, last), -1, -1,
                    null, tail[4], tail[5]));
            afterTail(s, t, tail, last, out, tail[1], tail[2], -1, -1);
        } else if (t.get(0).isQuote() || t.get(0).text().equals("\u2018")) {
            Attr a = make(s, t, 0, 1, null, t.get(0).start(), t.get(last - 1).end(), -1, -1, null, -1, -1);
            out.add(new Attr(-1, -1, null, a.contentStart(), a.contentEnd(), -1, -1, null, -1, -1, true));
        }
        return out;
    }

    private static Attr make(String s, List<Tokens.Tok> t, int srcA, int srcB, String cue, int cs, int ce,
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

    /** {comma, srcA, srcB, cueIdx (-1 = according to), apposA, apposB} of ", SOURCE said." at the end. */
    private static int[] trailing(List<Tokens.Tok> t, int last) {
        int commas = 0;
        for (int c = last - 1; c > 0 && last - c <= 26 && commas < 4; c--) {
            if (!t.get(c).text().equals(",")) {
                continue;
            }
            commas++;
            int a = c + 1;
            while (a < last && t.get(a).isQuote()) {
                a++;
            }
            if (a >= last) {
                continue;
            }
            if (a + 1 < last && t.get(a).lower().equals("according") && t.get(a + 1).lower().equals("to")
                    && SourcePhrases.isSource(t, a + 2, last, "according")) {
                return new int[] {c, a + 2, last, -1, -1, -1};
            }
            if (INVERTED_CUES.contains(t.get(a).lower()) && a + 1 < last) {
                int e = a + 1;
                while (e < last && !t.get(e).text().equals(",")) {
                    e++;
                }
                if (SourcePhrases.isSource(t, a + 1, e, "said") && t.get(a + 1).isCap() || e - a - 1 <= 6
                        && SourcePhrases.isSource(t, a + 1, e, "said")) {
                    return new int[] {c, a + 1, e, a, e < last ? e + 1 : -1, e < last ? last : -1};
                }
            }
            for (int k = a + 1; k < last && k <= a + 14; k++) {
                if (!Lexicon.CUES.contains(t.get(k).lower()) || t.get(k).isCap()) {
                    continue;
                }
                int[] src = sourceBefore(t, a, k);
                if (src != null && afterCueIsAdverbial(t, k + 1, last)) {
                    return new int[] {c, src[0], src[1], k, src[2], src[3]};
                }
                break;
            }
        }
        return null;
    }

    /** Whether what follows a trailing cue is only adverbial ("said in a statement on Monday"). */
    private static boolean afterCueIsAdverbial(List<Tokens.Tok> t, int from, int last) {
        int k = from;
        for (; k < last && !t.get(k).text().equals(","); k++) {
            String l = t.get(k).lower();
            if (k - from > 11 || l.equals("that") || INVERTED_CUES.contains(l) || NOT_ADVERBIAL.contains(l)) {
                return false;
            }
        }
        if (k == from) {
            return true;
        }
        Tokens.Tok first = t.get(from);
        boolean told = TOLD.contains(t.get(from - 1).lower());
        return ADVERB_START.contains(first.lower()) || told && (first.isCap() || TOLD_WORDS.contains(first.lower()));
    }

    private static final Set<String> ADVERBS = Lexicon.set("however", "too", "also", "meanwhile", "though",
            "moreover", "instead", "nevertheless", "separately", "meanwhile", "likewise", "similarly", "still");

    private static final Set<String> NOT_ADVERBIAL = Lexicon.set("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "must", "be", "it", "he", "she", "they", "we",
            "i", "there", "this", "its");
    private static final Set<String> ADVERB_START = Lexicon.set("on", "in", "at", "during", "after", "before", "from",
            "by", "to", "for", "via", "while", "when", "ahead", "late", "early", "last", "this", "earlier", "later",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "also", "again", "separately", "publicly", "recently", "privately", "previously", "over",
            "through", "under", "citing", "speaking", "without", "with", "following", "amid", "as");
    private static final Set<String> TOLD_WORDS = Lexicon.set("the", "a", "an", "reporters", "journalists",
            "lawmakers", "parliament", "legislators", "investors", "analysts", "staff", "employees", "members",
            "delegates", "residents", "supporters", "him", "her", "them", "us", "me", "cheering", "local",
            "state", "national", "public", "his", "their", "its");

    private static final Set<String> SUBORDINATE = Lexicon.set("after", "before", "as", "while", "citing", "in", "amid",
            "following", "despite", "when", "because", "since", "with", "without", "ahead", "saying", "adding",
            "noting", "warning", "although", "though", "but", "and", "where", "which", "who", "during", "on", "at",
            "calling", "describing", "referring", "according", "even", "just", "without", "marking", "underscoring");

    private static final Set<String> TEMPORAL = Lexicon.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "on", "late", "early", "earlier", "later", "week",
            "month", "year", "last", "this", "morning", "afternoon", "evening", "night");

    /** {srcA, srcB, apposA, apposB} of the source ending before cue index k, not before index from; or null. */
    static int[] sourceBefore(List<Tokens.Tok> t, int from, int k) {
        int np = k;
        while (np > from && (Lexicon.AUX.contains(t.get(np - 1).lower()) || TEMPORAL.contains(t.get(np - 1).lower()))) {
            np--;
            String w = t.get(np).lower();
            if (w.equals("not") || w.equals("never") || w.endsWith("n't")) {
                return null;
            }
        }
        int apA = -1;
        int apB = -1;
        int srcEnd = np;
        if (np - 1 > from && t.get(np - 1).text().equals(",")) {
            int c2 = np - 2;
            while (c2 > from && !t.get(c2).text().equals(",") && np - c2 < 20) {
                c2--;
            }
            if (c2 > from && t.get(c2).text().equals(",")) {
                apA = c2 + 1;
                apB = np - 1;
                srcEnd = c2;
            } else {
                return null;
            }
        }
        int a = SourcePhrases.clauseStart(t, from, srcEnd);
        if (srcEnd - a == 1 && Character.isDigit(t.get(a).text().charAt(0)) && a - 1 > from
                && t.get(a - 1).text().equals(",")) {
            srcEnd = a - 1; // "John Carter, 61, a farmer, said"
            a = SourcePhrases.clauseStart(t, from, srcEnd);
        }
        if (apA >= 0 && apB - apA == 1 && ADVERBS.contains(t.get(apA).lower())) {
            apA = -1; // "Critics, however, say"
            apB = -1;
        }
        String cue = t.get(k).lower();
        if (a - 2 >= from && (t.get(a - 1).lower().equals("and") || t.get(a - 1).lower().equals("or"))
                && t.get(a - 2).isWord()) {
            return null;
        }
        if (srcEnd > a && SourcePhrases.isSource(t, a, srcEnd, cue)) {
            return new int[] {a, srcEnd, apA, apB};
        }
        if (apA >= 0 && SourcePhrases.isSource(t, apA, apB, cue) && t.get(apA).isCap()) {
            return new int[] {apA, apB, -1, -1};
        }
        return null;
    }

    /** {srcA, srcB, cueIdx, contentStartOffset, apposA, apposB} of "SOURCE said (that) ...". */
    /** "She was quoted by the Daily Post as saying that ...": the subject before "was quoted" is the source. */
    private static int[] quotedAsSaying(String s, List<Tokens.Tok> t, int k, int limit) {
        for (int q = k - 2; q > 0 && q > k - 10; q--) {
            if (t.get(q).lower().equals("quoted") && (t.get(q - 1).lower().equals("was")
                    || t.get(q - 1).lower().equals("were") || t.get(q - 1).lower().equals("is"))) {
                int a = SourcePhrases.clauseStart(t, 0, q - 1);
                if (q - 1 > a && SourcePhrases.isSource(t, a, q - 1, "said")) {
                    int cs = t.get(k).end();
                    if (k + 1 < limit && t.get(k + 1).lower().equals("that")) {
                        cs = t.get(k + 1).end();
                    }
                    return new int[] {a, q - 1, k, cs, -1, -1};
                }
                return null;
            }
        }
        return null;
    }

    /** Index after the closing quote when the sentence opens with a quotation (its words are no attribution). */
    private static int quoteEnd(List<Tokens.Tok> t, int limit) {
        if (!t.get(0).isQuote()) {
            return 1;
        }
        for (int k = 1; k < limit; k++) {
            if (t.get(k).isQuote() && (t.get(k - 1).text().equals(",") || t.get(k - 1).text().equals("?")
                    || t.get(k - 1).text().equals("!") || t.get(k - 1).text().equals("."))) {
                return k + 1;
            }
        }
        return 1;
    }

    private static int[] leading(String s, List<Tokens.Tok> t, int from, int limit) {
        if (limit > 3 && t.get(0).lower().equals("according") && t.get(1).lower().equals("to")) {
            for (int c = 2; c < limit && c < 16; c++) {
                if (t.get(c).text().equals(",")) {
                    if (SourcePhrases.isSource(t, 2, c, "according")) {
                        return new int[] {2, c, 0, t.get(c).end(), -1, -1};
                    }
                    break;
                }
            }
        }
        for (int k = Math.max(1, from); k < limit && k < from + 40; k++) {
            Tokens.Tok cue = t.get(k);
            if (cue.lower().equals("saying") && t.get(k - 1).lower().equals("as")) {
                int[] quoted = quotedAsSaying(s, t, k, limit);
                if (quoted != null) {
                    return quoted;
                }
            }
            if (!Lexicon.CUES.contains(cue.lower()) || cue.isCap()) {
                continue;
            }
            String prev = t.get(k - 1).lower();
            if (prev.equals("to") || prev.equals("be") || prev.equals("being") || prev.equals("been")) {
                continue;
            }
            int[] src = sourceBefore(t, 0, k);
            if (src != null && Lexicon.WEAK_CUES.contains(cue.lower())) {
                int cs = contentStart(s, t, k, limit);
                String before = s.substring(t.get(k).end(), cs);
                if (!before.contains("that") && !before.contains(":") && !s.startsWith("\"", cs)
                        && !s.startsWith("\u201C", cs) && !hasDigit(s, cs, t.get(limit - 1).end())) {
                    src = null;
                }
            }
            if (src != null) {
                return new int[] {src[0], src[1], k, contentStart(s, t, k, limit), src[2], src[3]};
            }
        }
        return null;
    }

    private static boolean hasAny(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Index of the comma that ends the trailing attribution's own phrase, or -1. */
    private static int tailRestComma(List<Tokens.Tok> t, int[] tail, int last) {
        int from = tail[3] >= 0 ? tail[3] + 1 : tail[2];
        for (int k = from; k < last; k++) {
            if (t.get(k).text().equals(",")) {
                return k + 1 < last ? k : -1;
            }
        }
        return -1;
    }

    /** The claim ends at the attribution, unless figures follow it (", up from 54 pounds"). */
    private static int tailContentEnd(String s, List<Tokens.Tok> t, int[] tail, int last) {
        int c = tailRestComma(t, tail, last);
        if (c >= 0 && !Lexicon.PARTICIPLES.contains(t.get(c + 1).lower())
                && hasDigit(s, t.get(c).end(), t.get(last - 1).end())) {
            return t.get(last - 1).end();
        }
        return t.get(tail[0]).start();
    }

    /** "..., the agency said, adding that 11 people remained missing": a further claim of the same source. */
    private static void afterTail(String s, List<Tokens.Tok> t, int[] tail, int last, List<Attr> out, int srcA,
                                  int srcB, int viaS, int viaE) {
        int c = tailRestComma(t, tail, last);
        if (c < 0 || !Lexicon.PARTICIPLES.contains(t.get(c + 1).lower())) {
            return;
        }
        int start = c + 1 + (Lexicon.SPEECH_PARTICIPLES.contains(t.get(c + 1).lower()) ? 1 : 0);
        if (start < last && t.get(start).lower().equals("that")) {
            start++;
        }
        if (start >= last) {
            return;
        }
        Attr a = make(s, t, srcA, srcB, t.get(c + 1).lower(), t.get(start).start(), t.get(last - 1).end(), -1, -1,
                null, -1, -1);
        out.add(new Attr(a.srcStart(), a.srcEnd(), a.cue(), a.contentStart(), a.contentEnd(), viaS, viaE,
                viaS >= 0 ? t.get(tail[3] >= 0 ? tail[3] : tail[0]).lower() : null, -1, -1, false));
    }

    /** After "..., it said" comes a comma or a subordinate phrase: the content is what came before. */
    private static boolean parenthetical(String s, List<Tokens.Tok> t, int contentStart) {
        int p = contentStart;
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        if (p >= s.length() || s.charAt(p) == ',' || s.charAt(p) == '.') {
            return true;
        }
        int e = p;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return SUBORDINATE.contains(s.substring(p, e).toLowerCase(java.util.Locale.ROOT));
    }

    /** "Gagnon rejected the offer, noting that ...": the subject of the sentence makes the participle claim. */
    private static int[] subjectWithParticiple(List<Tokens.Tok> t, int limit) {
        int p = -1;
        for (int k = 2; k < limit; k++) {
            if (t.get(k - 1).text().equals(",") && Lexicon.SPEECH_PARTICIPLES.contains(t.get(k).lower())) {
                p = k;
                break;
            }
        }
        if (p < 0) {
            return null;
        }
        for (int v = 1; v < 10 && v < p; v++) {
            Tokens.Tok tok = t.get(v);
            if (!tok.isWord() || tok.isCap()) {
                continue;
            }
            if ((tok.lower().endsWith("ed") || PAST.contains(tok.lower())) && SourcePhrases.isSource(t, 0, v, "said")) {
                int[] src = {0, v};
                int vv = v;
                while (vv > 1 && TEMPORAL.contains(t.get(vv - 1).lower())) {
                    vv--;
                }
                src[1] = vv;
                int cs = p + 1 < limit && t.get(p + 1).lower().equals("that") ? t.get(p + 1).end() : t.get(p).end();
                return new int[] {src[0], src[1], p, cs, -1, -1};
            }
            if (!Lexicon.DETERMINERS.contains(tok.lower()) && !Lexicon.TITLES.contains(tok.lower())
                    && !tok.lower().equals("of") && !tok.lower().equals("'s")) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> PAST = Lexicon.set("won", "made", "took", "gave", "held", "met", "sent", "set",
            "put", "cut", "ran", "spoke", "went", "came", "kept", "left", "led", "hit", "sought", "struck", "told");

    private static int contentStart(String s, List<Tokens.Tok> t, int cueIdx, int limit) {
        int pos = t.get(cueIdx).end();
        if (TOLD.contains(t.get(cueIdx).lower())) {
            Matcher m = TOLD_OBJECT.matcher(s).region(pos, s.length());
            if (m.lookingAt()) {
                pos = m.end();
            }
        }
        Matcher adv = ADVERBIAL.matcher(s).region(pos, s.length());
        if (adv.lookingAt()) {
            pos = adv.end();
        }
        Matcher that = THAT.matcher(s).region(pos, s.length());
        if (that.lookingAt()) {
            pos = that.end();
        }
        return pos;
    }

    /** {@code "A," he said, "B."}: one attribution whose content is A (B is picked up as a continuation). */
    private static Attr splitQuote(String s, List<Tokens.Tok> t, int last) {
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
                int[] tail = trailing(t.subList(0, c), c);
                if (tail == null) {
                    return null;
                }
                String cue = tail[3] >= 0 ? t.get(tail[3]).lower() : "according to";
                Attr first = make(s, t, tail[1], tail[2], cue, t.get(0).start(), t.get(q - 1).start(), -1, -1,
                        null, -1, -1);
                Attr second = make(s, t, tail[1], tail[2], cue, t.get(c + 1).start(), t.get(last - 1).end(), -1,
                        -1, null, -1, -1);
                return new Attr(first.srcStart(), first.srcEnd(), cue, first.contentStart(), second.contentEnd(),
                        -1, -1, null, -1, -1, true);
            }
        }
        return null;
    }
}
