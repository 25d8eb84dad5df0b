package org.claimdesk.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Leading attributions: "SOURCE said (that) ...", "According to X, ...", participle subjects, quoted-as-saying. */
final class LeadingSources {

    /**
     * A source phrase as token indices: the source [start, end) and its appositive [apposStart, apposEnd), which
     * is -1 when there is none ("Hanna Lindqvist, the port's director, said").
     */
    record Source(int start, int end, int apposStart, int apposEnd) {

        static Source of(int start, int end) {
            return new Source(start, end, -1, -1);
        }
    }

    /**
     * A leading attribution, "SOURCE said (that) ...": the source [srcStart, srcEnd) and its appositive
     * [apposStart, apposEnd) or -1 as token indices, the token index of the cue, and the character offset in the
     * sentence where the content starts.
     */
    record Lead(int srcStart, int srcEnd, int cue, int contentStart, int apposStart, int apposEnd) {

        static Lead of(Source src, int cue, int contentStart) {
            return new Lead(src.start(), src.end(), cue, contentStart, src.apposStart(), src.apposEnd());
        }
    }

    private LeadingSources() {
    }

    static final Set<String> TOLD = Lexicon.set("told", "tell", "tells", "informed", "assured", "warned");
    static final Pattern ADVERBIAL = Pattern.compile(
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
    static final Pattern TOLD_OBJECT = Pattern.compile(
            "\\s*(?:(?:the|a|an) )?(?:[A-Z][\\w.'’&-]*(?: [A-Z][\\w.'’&-]*)*|reporters|journalists|lawmakers|"
                    + "parliament|legislators|investors|analysts|staff|employees|members|delegates|residents|"
                    + "supporters|(?:news|press) (?:conference|agency|briefing)|broadcaster \\S+|newspaper \\S+|"
                    + "\\w+ (?:newspaper|paper|broadcaster|radio|television|agency|outlet|magazine|daily))");

    static final Pattern THAT = Pattern.compile("\\s*,?\\s*(?:that\\b|:)");

    static final Set<String> DET_BEFORE_CUE = Lexicon.set("a", "an", "the", "its", "their", "his", "her", "our",
            "this", "these", "those");
    /** Cues that introduce speech under any source ("said", "told"). */
    static final Set<String> SAY = Lexicon.set("say", "said", "says", "told", "tell", "tells");
    /** Cues that are ordinary verbs when a noun or number object follows ("admitted 300 patients"). */
    static final Set<String> OBJECT_CUES = Lexicon.set("admit", "admits", "admitted", "add", "adds", "added",
            "claim", "claims", "claimed", "recalled", "recall", "recalls", "asked");
    private static final Set<String> OBJECT_START = Lexicon.set("a", "an", "the", "more", "over", "nearly", "about",
            "almost", "some", "several", "another", "fewer", "less", "up", "around", "roughly", "its", "their",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
            "thousands", "millions", "billions", "new", "record");

    private static final Set<String> ACTION_CUES = Lexicon.set("announce", "announced", "announces", "reported",
            "revealed", "disclosed", "confirmed", "posted", "showed", "put", "puts", "pegged", "ruled", "declared",
            "promised", "pledged", "vowed", "accused", "denied", "found", "finds", "find");

    /** Cues that are as often ordinary verbs ("added jobs", "announced layoffs", "reported a loss"). */
    static boolean isWeak(String cue) {
        return Lexicon.WEAK_CUES.contains(cue) || OBJECT_CUES.contains(cue) || ACTION_CUES.contains(cue);
    }

    /** "admitted more than 3,400 patients", "added 12,000 jobs": a noun or number object, not a clause. */
    static boolean objectFollows(List<Tokens.Tok> t, int k, int limit) {
        if (k + 1 >= limit) {
            return false;
        }
        Tokens.Tok n = t.get(k + 1);
        if (Character.isDigit(n.text().charAt(0)) || "$\u20AC\u00A3\u00A5".indexOf(n.text().charAt(0)) >= 0) {
            return true;
        }
        if (!OBJECT_START.contains(n.lower())) {
            return false;
        }
        for (int j = k + 1; j < limit && j <= k + 5; j++) {
            String l = t.get(j).lower();
            if (FINITE.contains(l) || l.equals("that") || l.endsWith("n't") || t.get(j).isQuote()) {
                return false;
            }
            if (j > k + 2 && !t.get(j).isCap() && (PAST.contains(l) || l.endsWith("ed") && l.length() > 4)
                    && t.get(j - 1).isWord() && !Lexicon.DETERMINERS.contains(t.get(j - 1).lower())
                    && !OBJECT_START.contains(t.get(j - 1).lower()) && !t.get(j - 1).lower().equals("and")) {
                return false; // "claimed the shortfall came from ...": a clause with its own past-tense verb
            }
        }
        return true;
    }

    /** "Nordsee Marine, which said", "the mayor, Lena Hart, who told": the noun before the relative pronoun. */
    static Source relativeSource(List<Tokens.Tok> t, int k, String cue) {
        if (!SAY.contains(cue) && !TrailingSources.INVERTED_CUES.contains(cue) && !cue.equals("announced")
                && !cue.equals("confirmed") || cue.equals("asked") || k + 1 < t.size()
                && (t.get(k + 1).lower().equals("not") || t.get(k + 1).lower().equals("to"))) {
            return null; // "who asked not to be named"
        }
        int np = k;
        while (np > 0 && Lexicon.AUX.contains(t.get(np - 1).lower())) {
            np--;
        }
        if (np < 3) {
            return null;
        }
        String rel = t.get(np - 1).lower();
        if (!(rel.equals("which") || rel.equals("who")) || !t.get(np - 2).text().equals(",")) {
            return null;
        }
        int end = np - 2;
        int b = end;
        while (b > 0 && end - b < 8) {
            Tokens.Tok p = t.get(b - 1);
            String l = p.lower();
            if (l.equals("the") || l.equals("a") || l.equals("an")) {
                b--;
                if (b >= 2 && t.get(b - 1).lower().equals("of") && t.get(b - 2).isWord()) {
                    b -= 1; // "residents of the area"
                    continue;
                }
                break;
            }
            if (l.equals("of") && b - 2 >= 0 && t.get(b - 2).isCap() && b < end && t.get(b).isCap()) {
                b--;
                continue;
            }
            if (!p.isWord() && !l.equals("'s") && !l.equals("&") || Lexicon.STOP_BEFORE_NOUN.contains(l)
                    || Lexicon.CUES.contains(l) || l.endsWith("ed") && !p.isCap()) {
                break;
            }
            b--;
        }
        if (b < end && SourcePhrases.isSource(t, b, end, cue)) {
            return Source.of(b, end);
        }
        return null;
    }

    static final Set<String> CLAUSE_CUES = Lexicon.set("added", "add", "adds", "told", "tells");
    static final Set<String> FINITE = Lexicon.set("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "did", "does", "do", "remains", "remained");

    /** A finite verb in the next few tokens: "added the plan would fail", not "added a new striker". */
    static boolean looksLikeClause(List<Tokens.Tok> t, int from, int limit) {
        for (int k = from; k < limit && k < from + 9; k++) {
            String l = t.get(k).lower();
            if (FINITE.contains(l) || l.endsWith("n't") || t.get(k).isQuote() || l.equals(":")) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> ADVERBS = Lexicon.set("however", "too", "also", "meanwhile", "though",
            "moreover", "instead", "nevertheless", "separately", "likewise", "similarly", "still");


    static final Set<String> SUBORDINATE = Lexicon.set("after", "before", "as", "while", "citing", "in", "amid",
            "following", "despite", "when", "because", "since", "with", "without", "ahead", "saying", "adding",
            "noting", "warning", "although", "though", "but", "and", "where", "which", "who", "during", "on", "at",
            "calling", "describing", "referring", "according", "even", "just", "marking", "underscoring");

    static final Set<String> TEMPORAL = Lexicon.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "on", "late", "early", "earlier", "later", "week",
            "month", "year", "last", "this", "morning", "afternoon", "evening", "night");


    /** The source ending before cue index k, not before index from; or null. */
    static Source sourceBefore(List<Tokens.Tok> t, int from, int k) {
        if (k > 0 && DET_BEFORE_CUE.contains(t.get(k - 1).lower())) {
            return null; // "an estimated", "the projected": an adjective, not a reporting verb
        }
        int np = k;
        while (np > from && (Lexicon.AUX.contains(t.get(np - 1).lower()) || TEMPORAL.contains(t.get(np - 1).lower())
                || np - 1 > from && t.get(np - 1).lower().equals("there") && t.get(np - 2).isWord()
                && !t.get(np - 2).lower().equals("and"))) { // "Local officials there said"
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
            if (c2 > from && t.get(c2).text().equals(",") && c2 + 1 < np - 1) {
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
            return new Source(a, srcEnd, apA, apB);
        }
        if (apA < 0 && srcEnd > a) {
            // "the bridge, which engineers say needs ...", "a change that Director Ada Noor said would ...":
            // the source inside a relative clause
            for (int r = srcEnd - 1; r >= a; r--) {
                String l = t.get(r).lower();
                if ((l.equals("which") || l.equals("that") || l.equals("whom")) && r + 1 < srcEnd) {
                    if (SourcePhrases.isSource(t, r + 1, srcEnd, cue) && !Lexicon.PRONOUNS.contains(t.get(r + 1).lower())
                            && (Lexicon.SOURCE_NOUNS.contains(t.get(srcEnd - 1).lower())
                                || Lexicon.isPluralNoun(t.get(srcEnd - 1).lower())
                                || t.get(srcEnd - 1).isCap() || SourcePhrases.isHumanNoun(t.get(srcEnd - 1).lower()))) {
                        return Source.of(r + 1, srcEnd);
                    }
                    break;
                }
            }
            // "Analysts are doubtful: in a note they said ...": a pronoun right before the cue
            String p = t.get(srcEnd - 1).lower();
            if (srcEnd - 1 > a && (p.equals("they") || p.equals("he") || p.equals("she") || p.equals("we"))) {
                return Source.of(srcEnd - 1, srcEnd);
            }
        }
        if (apA >= 0 && SourcePhrases.isSource(t, apA, apB, cue) && t.get(apA).isCap()) {
            return Source.of(apA, apB);
        }
        return null;
    }

    /** "She was quoted by the Daily Post as saying that ...": the subject before "was quoted" is the source. */
    static Lead quotedAsSaying(List<Tokens.Tok> t, int k, int limit) {
        for (int q = k - 2; q > 0 && q > k - 10; q--) {
            if (t.get(q).lower().equals("quoted") && (t.get(q - 1).lower().equals("was")
                    || t.get(q - 1).lower().equals("were") || t.get(q - 1).lower().equals("is"))) {
                int a = SourcePhrases.clauseStart(t, 0, q - 1);
                if (q - 1 > a && SourcePhrases.isSource(t, a, q - 1, "said")) {
                    int cs = t.get(k).end();
                    if (k + 1 < limit && t.get(k + 1).lower().equals("that")) {
                        cs = t.get(k + 1).end();
                    }
                    return Lead.of(Source.of(a, q - 1), k, cs);
                }
                return null;
            }
        }
        return null;
    }

    /** Index after the closing quote when the sentence opens with a quotation (its words are no attribution). */
    static int quoteEnd(List<Tokens.Tok> t, int limit) {
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

    /** "SOURCE said (that) ...", "According to X, ...", "X was quoted as saying ...": the first one, or null. */
    static Lead leading(String s, List<Tokens.Tok> t, int from, int limit) {
        if (limit > 3 && t.get(0).lower().equals("according") && t.get(1).lower().equals("to")) {
            for (int c = 2; c < limit && c < 16; c++) {
                if (t.get(c).text().equals(",")) {
                    if (SourcePhrases.isSource(t, 2, c, "according")) {
                        return Lead.of(Source.of(2, c), 0, t.get(c).end()); // the cue is "according"
                    }
                    break;
                }
            }
        }
        Lead as = asSourceSaid(t, limit);
        if (as != null) {
            return as;
        }
        for (int k = Math.max(1, from); k < limit && k < from + 40; k++) {
            Tokens.Tok cue = t.get(k);
            if (cue.lower().equals("saying") && t.get(k - 1).lower().equals("as")) {
                Lead quoted = quotedAsSaying(t, k, limit);
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
            if ((cue.lower().equals("claim") || cue.lower().equals("claims"))
                    && (prev.endsWith("'s") || prev.endsWith("’s") || prev.equals("'s") || prev.equals("’s"))) {
                continue; // "the mayor's claim that ...": a nominal claim of the mayor (Attribution.reportedByOrNominal)
            }
            Source src = sourceBefore(t, 0, k);
            if (src == null) {
                src = relativeSource(t, k, cue.lower());
            }
            if (src == null) {
                src = coordinatedSubject(s, t, k, limit);
            }
            if (src != null && OBJECT_CUES.contains(cue.lower()) && objectFollows(t, k, limit)) {
                src = null;
            }
            if (src != null && (CLAUSE_CUES.contains(cue.lower()) || Lexicon.DOCUMENT_CUES.contains(cue.lower())
                    && src.end() - src.start() == 1 && !SourcePhrases.DOCUMENT_NOUNS.contains(t.get(src.start()).lower()))) {
                int cs = contentStart(s, t, k, limit);
                if (!s.substring(t.get(k).end(), cs).contains("that") && !looksLikeClause(t, k + 1, limit)) {
                    src = null;
                }
            }
            if (src != null && Lexicon.WEAK_CUES.contains(cue.lower())) {
                int cs = contentStart(s, t, k, limit);
                String before = s.substring(t.get(k).end(), cs);
                if (!before.contains("that") && !before.contains(":") && !s.startsWith("\"", cs)
                        && !s.startsWith("\u201C", cs) && !TrailingSources.hasDigit(s, cs, t.get(Math.min(limit, k + 7) - 1).end())
                        && !(cue.lower().startsWith("attribut") && toWithin(t, k + 1, limit, 10))) {
                    src = null;
                }
            }
            if (src != null) {
                return Lead.of(src, k, contentStart(s, t, k, limit));
            }
        }
        return null;
    }


    /** "As the economist Tom Hale has pointed out, ...": the source of the opening "as" clause says what follows. */
    private static Lead asSourceSaid(List<Tokens.Tok> t, int limit) {
        if (limit < 5 || !t.get(0).lower().equals("as")) {
            return null;
        }
        int c = 2;
        while (c < limit - 1 && c < 32 && !t.get(c).text().equals(",")) {
            c++;
        }
        if (c >= limit - 1 || !t.get(c).text().equals(",")) {
            return null;
        }
        for (int k = 2; k < c; k++) { // the cue, then only "out" or an adverbial ("in her report for ...")
            if (!Lexicon.CUES.contains(t.get(k).lower()) || t.get(k).isCap()) {
                continue;
            }
            int after = k + 1;
            if (after < c && t.get(after).lower().equals("out")) {
                after++;
            }
            if (after < c && !TrailingSources.ADVERB_START.contains(t.get(after).lower())
                    && !t.get(after).lower().equals("before")) {
                continue;
            }
            Source src = sourceBefore(t, 1, k);
            if (src != null && src.start() >= 1) {
                return Lead.of(src, k, t.get(c).end());
            }
        }
        return null;
    }

    /** After "..., it said" comes a comma or a subordinate phrase: the content is what came before. */
    static boolean parenthetical(String s, int contentStart) {
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
    static Lead subjectWithParticiple(List<Tokens.Tok> t, int limit) {
        int p = -1;
        for (int k = 2; k < limit; k++) {
            if (t.get(k - 1).text().equals(",") && (Lexicon.SPEECH_PARTICIPLES.contains(t.get(k).lower())
                    || t.get(k).lower().equals("telling") && thatWithin(t, k + 1, limit))) {
                p = k;
                break;
            }
        }
        if (p < 0) {
            return null;
        }
        int relComma = -1;
        for (int v = 1; v < (relComma > 0 ? 24 : 10) && v < p; v++) {
            Tokens.Tok tok = t.get(v);
            if ((tok.lower().equals("who") || tok.lower().equals("which")) && t.get(v - 1).text().equals(",")) {
                int c = v + 1;
                while (c < p && !t.get(c).text().equals(",")) {
                    c++;
                }
                if (c >= p) {
                    return null;
                }
                relComma = v - 1; // "Cardiologist Marcus Webb, who was not involved, was more cautious, writing ..."
                v = c;
                continue;
            }
            if (!tok.isWord() || tok.isCap()) {
                continue;
            }
            if ((tok.lower().endsWith("ed") || PAST.contains(tok.lower()) || FINITE.contains(tok.lower()))
                    && SourcePhrases.isSource(t, 0, relComma > 0 ? relComma : v, "said")) {
                int vv = relComma > 0 ? relComma : v;
                while (vv > 1 && TEMPORAL.contains(t.get(vv - 1).lower())) {
                    vv--;
                }
                int cs = p + 1 < limit && t.get(p + 1).lower().equals("that") ? t.get(p + 1).end() : t.get(p).end();
                for (int j = p + 2; j < limit && j < p + 9; j++) {
                    if (t.get(j).lower().equals("that") && !t.get(j - 1).text().equals(",")) {
                        cs = t.get(j).end(); // ", writing in a note that ..."
                        break;
                    }
                    if (!t.get(j).isWord()) {
                        break;
                    }
                }
                return Lead.of(Source.of(0, vv), p, cs);
            }
            if (!Lexicon.DETERMINERS.contains(tok.lower()) && !Lexicon.TITLES.contains(tok.lower())
                    && !tok.lower().equals("of") && !tok.lower().equals("'s")
                    && !Lexicon.SOURCE_NOUNS.contains(tok.lower()) && !Lexicon.ORG_NOUNS.contains(tok.lower())) {
                return null; // "The department disputed ..., saying": a source noun may head the subject
            }
        }
        return null;
    }

    /**
     * "Researchers at X tracked 40 plots and found that ...", "The senator declined to give details but told
     * reporters that ...": a cue coordinated with an earlier verb takes the subject of the sentence, when a clause
     * follows it.
     */
    static Source coordinatedSubject(String s, List<Tokens.Tok> t, int k, int limit) {
        int c = k - 1;
        while (c > 0 && Lexicon.AUX.contains(t.get(c).lower())) {
            c--;
        }
        String conj = t.get(c).lower();
        if (c < 2 || !(conj.equals("and") || conj.equals("but"))) {
            return null;
        }
        int cs = contentStart(s, t, k, limit);
        String between = s.substring(t.get(k).end(), Math.max(t.get(k).end(), cs));
        if (!between.contains("that") && !between.contains(":") && !(cs < s.length() && (s.charAt(cs) == '"'
                || s.charAt(cs) == '\u201C')) && !(SAY.contains(t.get(k).lower()) && looksLikeClause(t, k + 1, limit))) {
            return null;
        }
        for (int v = 1; v < c && v < 14; v++) {
            Tokens.Tok tok = t.get(v);
            if (!tok.isWord()) {
                if (tok.text().equals(",") && v > 0 && t.get(v - 1).isCap()) {
                    // "Sen. Ann Hale, the committee's chair, declined ... but told ...": skip the appositive
                    int close = v + 1;
                    while (close < c && !t.get(close).text().equals(",")) {
                        close++;
                    }
                    if (close < c && close - v <= 12) {
                        if (coordinatedAppositive(t, v, close, c)) {
                            return SourcePhrases.isSource(t, 0, v, "said") ? Source.of(0, v) : null;
                        }
                    }
                    return null;
                }
                if (tok.text().equals(",") || tok.text().equals(":") || tok.text().equals(";")) {
                    return null;
                }
                continue;
            }
            if (tok.isCap()) {
                continue;
            }
            String l = tok.lower();
            if (l.endsWith("ed") || PAST.contains(l) || FINITE.contains(l) || Lexicon.CUES.contains(l)) {
                return SourcePhrases.isSource(t, 0, v, "said") ? Source.of(0, v) : null;
            }
        }
        return null;
    }

    /**
     * After an appositive "X, the chair of ...," (tokens {@code comma}..{@code close}): whether a finite verb right
     * after the closing comma, before the coordinated cue at {@code c}, makes X the subject of both verbs.
     */
    private static boolean coordinatedAppositive(List<Tokens.Tok> t, int comma, int close, int c) {
        for (int k = comma + 1; k < close; k++) {
            String l = t.get(k).lower();
            if (FINITE.contains(l) || Lexicon.CUES.contains(l) && !Lexicon.SOURCE_NOUNS.contains(l)) {
                return false; // a clause, not an appositive
            }
        }
        if (close + 1 >= c) {
            return false;
        }
        String verb = t.get(close + 1).lower();
        return verb.endsWith("ed") || PAST.contains(verb) || FINITE.contains(verb);
    }

    /** ", telling reporters that ...": a "that" within a few words. */
    private static boolean thatWithin(List<Tokens.Tok> t, int from, int limit) {
        for (int k = from; k < limit && k < from + 8; k++) {
            if (t.get(k).lower().equals("that")) {
                return true;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "attributes the slump to injuries": a "to" within {@code n} tokens. */
    private static boolean toWithin(List<Tokens.Tok> t, int from, int limit, int n) {
        for (int k = from; k < limit && k < from + n; k++) {
            if (t.get(k).lower().equals("to")) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> PAST = Lexicon.set("won", "made", "took", "gave", "held", "met", "sent", "set",
            "put", "cut", "ran", "spoke", "went", "came", "kept", "left", "led", "hit", "sought", "struck", "told");

    static int contentStart(String s, List<Tokens.Tok> t, int cueIdx, int limit) {
        int pos = t.get(cueIdx).end();
        if (cueIdx + 1 < limit && t.get(cueIdx + 1).lower().equals("out") && t.get(cueIdx).lower().startsWith("point")) {
            pos = t.get(cueIdx + 1).end(); // "pointed out that"
        }
        for (int k = cueIdx + 1; TOLD.contains(t.get(cueIdx).lower()) && k < limit && k <= cueIdx + 10; k++) {
            String l = t.get(k).lower();
            if (l.equals("that") && k > cueIdx + 1) {
                return t.get(k).end(); // "told BBC Radio 4's Today programme that ..."
            }
            if (FINITE.contains(l) || l.equals(",") || t.get(k).isQuote() || l.equals(":")
                    || Lexicon.PRONOUNS.contains(l)) {
                break;
            }
        }
        if (cueIdx + 2 < limit && (TrailingSources.ADVERB_START.contains(t.get(cueIdx + 1).lower())
                || TEMPORAL.contains(t.get(cueIdx + 1).lower())) && !t.get(cueIdx + 1).lower().equals("to")) {
            // "reported at the time that ...", "announced this month that ...": the content starts after "that"
            for (int k = cueIdx + 2; k < limit && k <= cueIdx + 8; k++) {
                String l = t.get(k).lower();
                if (l.equals("that")) {
                    return t.get(k).end();
                }
                if (FINITE.contains(l) || l.equals(",") || t.get(k).isQuote() || l.equals(":")
                        || Lexicon.PRONOUNS.contains(l) || Lexicon.CUES.contains(l)) {
                    break;
                }
            }
        }
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

}
