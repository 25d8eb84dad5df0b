package org.claimdesk.extraction;

import java.util.List;
import java.util.Set;

import org.claimdesk.extraction.Attribution.Attr;

/** Trailing attributions: "..., the ministry said.", "..., according to X.", "..., said Rutte." */
final class TrailingSources {

    /**
     * A trailing attribution, ", SOURCE said." at the end of a sentence, as token indices: the comma that opens
     * it, the source [srcStart, srcEnd), the cue (-1 for "according to") and the source's appositive
     * [apposStart, apposEnd) or -1.
     */
    record Tail(int comma, int srcStart, int srcEnd, int cue, int apposStart, int apposEnd) {

        /** The cue as a lowercase word, "according to" when there is no cue token. */
        String cueWord(List<Tokens.Tok> t) {
            return cue >= 0 ? t.get(cue).lower() : "according to";
        }
    }

    private TrailingSources() {
    }

    static final Set<String> INVERTED_CUES = Lexicon.set("said", "says", "added", "noted", "wrote",
            "warned", "asked", "explained", "insisted", "argued", "stressed", "continued", "recalled", "cautioned",
            "observed", "remarked", "replied", "countered", "predicted", "acknowledged", "declared");

    /** The trailing attribution of the tokens before {@code last}, or null. */
    static Tail trailing(List<Tokens.Tok> t, int last) {
        int commas = 0;
        for (int c = last - 1; c > 0 && last - c <= 45 && commas < 5; c--) {
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
            if (a + 1 < last && t.get(a).lower().equals("according") && t.get(a + 1).lower().equals("to")) {
                Tail acc = accordingTo(t, c, a + 2, last);
                if (acc != null) {
                    return acc;
                }
            }
            if (last - c > 26 && !INVERTED_CUES.contains(t.get(a).lower())) {
                continue; // only "..., said NAME, a long description" reaches this far back
            }
            if (INVERTED_CUES.contains(t.get(a).lower()) && a + 1 < last) {
                int e = a + 1;
                while (e < last && !t.get(e).text().equals(",")) {
                    e++;
                }
                boolean whoClause = e + 1 < last && (t.get(e + 1).lower().equals("who")
                        || t.get(e + 1).lower().equals("whose"));
                // ", the night manager of the Seaview Inn, which sheltered ...": a role, then more about it
                boolean described = !whoClause && e + 1 < last
                        && describesSource(t, a + 1, e, e + 1, relativeAt(t, e + 1, clauseEnd(t, e + 1, last)));
                if ((SourcePhrases.isSource(t, a + 1, e, "said") && t.get(a + 1).isCap() || e - a - 1 <= 6
                        && SourcePhrases.isSource(t, a + 1, e, "said"))
                        && (whoClause || described || !hasFinite(t, e + 1, relEnd(t, e + 1, last)))) {
                    if (whoClause) {
                        return new Tail(c, a + 1, e, a, -1, -1); // the relative clause describes, never names
                    }
                    int ae = described ? last : relEnd(t, e + 1, last);
                    return new Tail(c, a + 1, e, a, e < last ? e + 1 : -1, e < last ? ae : -1);
                }
            }
            if ((Lexicon.CUES.contains(t.get(a).lower()) || Lexicon.PARTICIPLES.contains(t.get(a).lower()))
                    && !t.get(a).isCap()) {
                continue; // "..., said that he had warned the board", "..., adding that most flights responded to
                          // drones": the cue's own content, not a trailing source
            }
            for (int k = a + 1; k < last && k <= a + 14; k++) {
                if (!Lexicon.CUES.contains(t.get(k).lower()) || t.get(k).isCap()) {
                    continue;
                }
                LeadingSources.Source src = LeadingSources.sourceBefore(t, a, k);
                if (src != null && afterCueIsAdverbial(t, k + 1, last)) {
                    int org = nameBeforeComma(t, c, src.start());
                    if (org >= 0) { // ", the Ministry of Environment, Water and Agriculture said": one name
                        return new Tail(org - 1, org, src.end(), k, -1, -1);
                    }
                    return new Tail(c, src.start(), src.end(), k, src.apposStart(), src.apposEnd());
                }
                break;
            }
        }
        return null;
    }

    /**
     * "..., according to the customs office, the steepest drop in a decade.": the source ends at its comma unless
     * what follows describes it ("according to Karl Weber, an analyst at Nordbank"). Returns the tail or null.
     */
    static Tail accordingTo(List<Tokens.Tok> t, int c, int a, int last) {
        int e = a;
        while (e < last && !t.get(e).text().equals(",")) {
            e++;
        }
        if (e == last) {
            if (SourcePhrases.isSource(t, a, last, "according")) {
                return new Tail(c, a, last, -1, -1, -1);
            }
            // "according to an official who asked not to be named": the relative clause describes the source
            for (int r = a + 1; r < last; r++) {
                String l = t.get(r).lower();
                if (l.equals("who") || l.equals("whose") || l.equals("familiar") || l.equals("with")) {
                    return SourcePhrases.isSource(t, a, r, "according") ? new Tail(c, a, r, -1, -1, -1) : null;
                }
            }
            return null;
        }
        if (!SourcePhrases.isSource(t, a, e, "according")) {
            return null;
        }
        int e2 = e + 1;
        while (e2 < last && !t.get(e2).text().equals(",")) {
            e2++;
        }
        if (e2 > e + 1 && describesSource(t, a, e, e + 1, e2)) {
            return new Tail(c, a, e, -1, e + 1, e2);
        }
        return new Tail(c, a, e, -1, -1, -1);
    }

    /** Whether [from, to) is an appositive role of the source [a, e): "an analyst at Nordbank", "its chief". */
    static boolean describesSource(List<Tokens.Tok> t, int a, int e, int from, int to) {
        if (hasFinite(t, from, to) || to - from > 10) {
            return false;
        }
        String first = t.get(from).lower();
        boolean article = first.equals("a") || first.equals("an") || first.equals("the") || first.equals("its")
                || first.equals("his") || first.equals("her") || first.equals("their") || first.endsWith("'s");
        if (!article && !Lexicon.TITLES.contains(first)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String l = t.get(k).lower();
            if (Lexicon.TITLES.contains(l) || Lexicon.SOURCE_NOUNS.contains(l) || Lexicon.ORG_NOUNS.contains(l)) {
                return true;
            }
            if (l.equals("of") || l.equals("at") || l.equals("for") || l.equals("in")) {
                return k > from + 1 && t.get(e - 1).isCap(); // "an economist at ..."
            }
        }
        return false;
    }

    /** Where "who"/"which"/"whose" starts a relative clause in [from, to) ("an analyst at X who has ..."), or to. */
    private static int relativeAt(List<Tokens.Tok> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String l = t.get(k).lower();
            if (l.equals("who") || l.equals("which") || l.equals("whose")) {
                return k;
            }
        }
        return to;
    }

    /**
     * Where a capitalized name that the comma {@code c} interrupts starts ("the Ministry of Environment, Water and
     * Agriculture"): the source after the comma is capitalized and the words between the comma before and
     * {@code c} are a capitalized name with "of"; -1 otherwise.
     */
    private static int nameBeforeComma(List<Tokens.Tok> t, int c, int srcStart) {
        if (srcStart != c + 1 || !t.get(srcStart).isCap() || c < 3 || !t.get(c - 1).isCap()) {
            return -1;
        }
        int k = c - 1;
        boolean of = false;
        while (k > 0 && !t.get(k - 1).text().equals(",")) {
            String l = t.get(k - 1).lower();
            of |= l.equals("of");
            if (!t.get(k - 1).isCap() && !l.equals("of") && !l.equals("the") && !l.equals("and")) {
                return -1;
            }
            k--;
        }
        return k > 0 && of && (t.get(k).lower().equals("the") || t.get(k).isCap()) ? k : -1;
    }

    /** The next comma after {@code from}, or {@code last}. */
    private static int clauseEnd(List<Tokens.Tok> t, int from, int last) {
        int k = from;
        while (k < last && !t.get(k).text().equals(",")) {
            k++;
        }
        return k;
    }

    /** Where ", who ..." / ", which ..." starts after {@code from} (a relative clause describing the source). */
    static int relEnd(List<Tokens.Tok> t, int from, int last) {
        for (int k = from + 1; k < last; k++) {
            String l = t.get(k).lower();
            if ((l.equals("who") || l.equals("whose")) && t.get(k - 1).text().equals(",")) {
                return k - 1;
            }
        }
        return last;
    }

    static boolean hasFinite(List<Tokens.Tok> t, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String l = t.get(k).lower();
            if (LeadingSources.FINITE.contains(l) || l.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** Whether what follows a trailing cue is only adverbial ("said in a statement on Monday"). */
    static boolean afterCueIsAdverbial(List<Tokens.Tok> t, int from, int last) {
        if (from < last && t.get(from).lower().equals("out") && t.get(from - 1).lower().startsWith("point")) {
            from++; // "..., resident Omar Fadel pointed out."
        }
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
        boolean told = LeadingSources.TOLD.contains(t.get(from - 1).lower());
        return ADVERB_START.contains(first.lower()) || told && (first.isCap() || TOLD_WORDS.contains(first.lower()));
    }


    static final Set<String> NOT_ADVERBIAL = Lexicon.set("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "must", "be", "it", "he", "she", "they", "we",
            "i", "there", "this", "its");
    static final Set<String> ADVERB_START = Lexicon.set("on", "in", "at", "during", "after", "before", "from",
            "by", "to", "for", "via", "while", "when", "ahead", "late", "early", "last", "this", "earlier", "later",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "also", "again", "separately", "publicly", "recently", "privately", "previously", "over",
            "through", "under", "citing", "speaking", "without", "with", "following", "amid", "as");
    static final Set<String> TOLD_WORDS = Lexicon.set("the", "a", "an", "reporters", "journalists",
            "lawmakers", "parliament", "legislators", "investors", "analysts", "staff", "employees", "members",
            "delegates", "residents", "supporters", "him", "her", "them", "us", "me", "cheering", "local",
            "state", "national", "public", "his", "their", "its");


    static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Index of the comma that ends the trailing attribution's own phrase, or -1. */
    static int tailRestComma(List<Tokens.Tok> t, Tail tail, int last) {
        int from = tail.cue() >= 0 ? tail.cue() + 1 : tail.apposEnd() >= 0 ? tail.apposEnd() : tail.srcEnd();
        if (tail.apposEnd() >= 0 && tail.apposStart() > from) {
            from = tail.apposEnd(); // "..., said NAME, the manager of the inn, which sheltered 40 guests": all description
        }
        for (int k = from; k < last; k++) {
            if (t.get(k).text().equals(",")) {
                return k + 1 < last ? k : -1;
            }
        }
        return -1;
    }

    /** The claim ends at the attribution, unless figures follow it (", up from 54 pounds"). */
    static int tailContentEnd(String s, List<Tokens.Tok> t, Tail tail, int last) {
        int c = tailRestComma(t, tail, last);
        if (c >= 0 && !Lexicon.PARTICIPLES.contains(t.get(c + 1).lower())
                && hasDigit(s, t.get(c).end(), t.get(last - 1).end())) {
            return t.get(last - 1).end();
        }
        return t.get(tail.comma()).start();
    }

    /** "..., the agency said, adding that 11 people remained missing": a further claim of the same source. */
    static void afterTail(String s, List<Tokens.Tok> t, Tail tail, int last, List<Attr> out, int srcA, int srcB,
                          int viaS, int viaE) {
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
        Attr a = Attribution.make(s, t, srcA, srcB, t.get(c + 1).lower(), t.get(start).start(), t.get(last - 1).end(), -1, -1,
                -1, -1);
        out.add(new Attr(a.srcStart(), a.srcEnd(), a.cue(), a.contentStart(), a.contentEnd(), viaS, viaE, -1, -1,
                false));
    }

}
