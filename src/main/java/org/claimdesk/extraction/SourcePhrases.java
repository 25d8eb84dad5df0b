package org.claimdesk.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognizes source noun phrases ("NATO Secretary General Mark Rutte", "a senior official", "it"). */
final class SourcePhrases {

    private SourcePhrases() {
    }

    private static final Set<String> VERBISH = Lexicon.set("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "be", "been", "being", "do", "does", "did", "may", "might", "must",
            "that", "which", "not", "to", "if", "than", "there", "this", "these", "it's", "also");
    private static final Set<String> BOUNDARY = Lexicon.set(",", ";", ":", "(", ")", "\"", "\u201C", "\u201D", "\u2014",
            "--", "\u2013", "[", "]");
    private static final Set<String> CONJ = Lexicon.set("but", "and", "while", "as", "because", "although", "though",
            "when", "so", "after", "before", "since", "if", "whereas", "where", "yet", "however", "meanwhile",
            "still", "instead", "also", "now", "then", "or", "nor", "until", "once", "than");
    /** Counts that open a source phrase taken from a group named before ("two of the people"). */
    private static final Set<String> COUNT_WORDS = Lexicon.set("one", "two", "three", "four", "five", "six",
            "several", "both", "some", "many", "most", "none", "each", "either", "neither");

    /** Words after the head noun that start its modifier ("people familiar with ...", "spokesman for ..."). */
    private static final Set<String> POSTMOD = Lexicon.set("who", "familiar", "with", "from", "at", "of", "for", "in",
            "close", "briefed", "speaking", "involved", "polled", "surveyed", "based", "on", "quoted", "cited",
            "by", "working", "tracking", "monitoring", "seen", "obtained", "reviewed", "published", "released",
            "compiled", "sent", "prepared", "issued", "posted", "provided", "commissioned", "conducted", "led",
            "carried", "made", "filed", "presented", "to", "under", "within", "representing", "citing");
    static final Set<String> DOCUMENT_NOUNS = Lexicon.set("report", "study", "survey", "data", "figures", "analysis",
            "poll", "research", "review", "statistics", "records", "documents", "estimates", "census", "audit",
            "model", "index", "projections", "results", "numbers", "count", "tally", "findings", "assessment",
            "filing", "filings", "paper", "forecast", "forecasts", "calculations", "tallies", "readings", "figure",
            "evaluation", "inquiry", "investigation", "probe", "report's", "studies", "reports");
    /** People and bodies whose work has findings ("the team found", "the auditors found", "the panel concluded"). */
    static final Set<String> FINDERS = Lexicon.set("team", "teams", "researchers", "researcher", "scientists",
            "scientist", "authors", "investigators", "investigator", "auditors", "auditor", "inspectors", "inspector",
            "panel", "commission", "committee", "jury", "judge", "court", "regulator", "regulators", "analysts",
            "economists", "experts", "tribunal", "watchdog", "ombudsman", "examiners", "reviewers", "testers");
    private static final Pattern WEEKDAY_HEAD = Pattern.compile(
            "(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight");

    /** Index of the first token of the clause that ends just before {@code end} (exclusive). */
    static int clauseStart(List<Tokens.Tok> t, int from, int end) {
        int b = end;
        while (b > from) {
            Tokens.Tok p = t.get(b - 1);
            if (p.text().equals(")")) {
                int k = b - 1;
                while (k > from && !t.get(k).text().equals("(")) {
                    k--;
                }
                if (k > from && end - k < 10) {
                    b = k;
                    continue;
                }
            }
            boolean capConj = (p.lower().equals("and") || p.lower().equals("&")) && b - 2 >= from && b < end
                    && t.get(b - 2).isCap() && t.get(b).isCap();
            if (!capConj && (BOUNDARY.contains(p.text()) || CONJ.contains(p.lower()))) {
                break;
            }
            b--;
        }
        return b;
    }

    /** Whether tokens [a, b) read as a source noun phrase for the cue {@code cue}. */
    static boolean isSource(List<Tokens.Tok> t, int a, int b, String cue) {
        int len = b - a;
        if (len < 1 || len > 16) {
            return false;
        }
        if (t.get(a).lower().equals("by")) {
            return false; // "By some estimates, ...": no subject
        }
        if (cue.equals("according")) {
            for (int k = a; k < b; k++) {
                if (VERBISH.contains(t.get(k).lower()) && !t.get(k).lower().equals("to")) {
                    return false;
                }
            }
            return t.get(a).isWord();
        }
        int headEnd = b;
        for (int k = a + 1; k < b; k++) {
            if (POSTMOD.contains(t.get(k).lower()) || participleModifier(t, k)) {
                headEnd = k;
                break;
            }
        }
        for (int k = a; k < b && !t.get(k).lower().equals("who"); k++) {
            if (k >= headEnd && VERBISH.contains(t.get(k).lower()) && !t.get(k).lower().equals("to")) {
                return false;
            }
        }
        for (int k = a; k < headEnd; k++) {
            Tokens.Tok tok = t.get(k);
            if (VERBISH.contains(tok.lower()) || !tok.isWord() && "'\u2019&-.()".indexOf(tok.text().charAt(0)) < 0) {
                return false;
            }
            if (k > a && Lexicon.CUES.contains(tok.lower()) && !Lexicon.SOURCE_NOUNS.contains(tok.lower())) {
                return false;
            }
        }
        if (headEnd - a > 12) {
            return false;
        }
        Tokens.Tok head = t.get(headEnd - 1);
        String h = head.lower();
        if (WEEKDAY_HEAD.matcher(h).matches()) {
            return false;
        }
        Tokens.Tok first = t.get(a);
        if (COUNT_WORDS.contains(first.lower()) && a + 2 < b && t.get(a + 1).lower().equals("of")
                && ARTICLES.contains(t.get(a + 2).lower())) {
            return true; // "two of the people said", "one of the officials told reporters"
        }
        boolean fullName = headEnd - a >= 2 && head.isCap() && t.get(headEnd - 2).isCap();
        boolean compound = headEnd - a <= 3 && headEnd - a >= 2 && isHumanNoun(head.lower()) && first.isWord()
                && !first.lower().endsWith("ed");
        if (!first.isCap() && !fullName && !compound && !Lexicon.TITLES.contains(first.lower()) && !Lexicon.DETERMINERS.contains(first.lower()) && !Lexicon.PRONOUNS.contains(first.lower())
                && !Lexicon.SOURCE_NOUNS.contains(first.lower()) && !Lexicon.isPluralNoun(first.lower())
                && !Character.isDigit(first.lower().charAt(0)) && !FIRST_WORDS.contains(first.lower())) {
            return false;
        }
        while (h.equals(")") && headEnd - 1 > a) {
            int k = headEnd - 1;
            while (k > a && !t.get(k).text().equals("(")) {
                k--;
            }
            headEnd = k;
            head = t.get(headEnd - 1);
            h = head.lower();
        }
        boolean doc = Lexicon.DOCUMENT_CUES.contains(cue);
        if (doc) {
            return DOCUMENT_NOUNS.contains(h) || DOCUMENT_NOUNS.contains(t.get(b - 1).lower()) || FINDERS.contains(h)
                    || headEnd - a == 1 && head.isCap() && !isWeakCap(h);
        }
        if (!head.isWord()) {
            return false;
        }
        boolean possessive = first.lower().endsWith("'s") || first.lower().endsWith("\u2019s");
        if ((ARTICLES.contains(first.lower()) || possessive) && headEnd - a >= 2 && !NOT_HEADS.contains(h)) {
            return true;
        }
        if (Lexicon.PRONOUNS.contains(h)) {
            return headEnd - a == 1;
        }
        if (head.isCap()) {
            return !isWeakCap(h);
        }
        return Lexicon.SOURCE_NOUNS.contains(h) || DOCUMENT_NOUNS.contains(h) || Lexicon.TITLES.contains(h)
                || Lexicon.isPluralNoun(h) && !h.endsWith("ings");
    }

    /**
     * "Farmers gathered outside the ministry", "Residents living near the plant": a lowercase participle after a
     * plural or source noun starts a modifier of that noun.
     */
    static boolean participleModifier(List<Tokens.Tok> t, int k) {
        Tokens.Tok p = t.get(k);
        String l = p.lower();
        if (p.isCap() || l.length() < 5 || !(l.endsWith("ing") || l.endsWith("ed")) || k + 1 >= t.size()
                || !t.get(k + 1).isWord()) {
            return false;
        }
        String prev = t.get(k - 1).lower();
        return (isHumanNoun(prev) || Lexicon.isPluralNoun(prev)) && !Lexicon.CUES.contains(l);
    }

    static boolean postmod(String word) {
        return POSTMOD.contains(word);
    }

    /** Plural or role nouns that name people or groups ("farmers", "residents", "officials", "leaders"). */
    static boolean isHumanNoun(String l) {
        return Lexicon.SOURCE_NOUNS.contains(l) && !DOCUMENT_NOUNS.contains(l) || Lexicon.TITLES.contains(l)
                || isHumanPlural(l);
    }

    /** "farmers", "residents", "fishermen", "townspeople". */
    static boolean isHumanPlural(String l) {
        return (Lexicon.isPluralNoun(l) || l.endsWith("men") || l.endsWith("people")) && HUMAN_PLURAL.matcher(l).find();
    }

    private static final Pattern HUMAN_PLURAL = Pattern.compile("(?:ers|ents|ists|ians|ants|ors|ees|ives|men|women|people|ren)$");

    private static final Set<String> NOT_HEADS = Lexicon.set("number", "rate", "rates", "price", "prices", "level",
            "levels", "share", "cost", "costs", "value", "total", "amount", "figure", "growth", "decline", "rise",
            "increase", "drop", "fall", "deal", "move", "plan", "decision", "storm", "war", "attack", "project",
            "same", "other", "first", "latest", "new", "next", "last", "most", "best", "biggest", "largest");

    private static final Set<String> FIRST_WORDS = Lexicon.set("senior", "junior", "chief", "deputy", "acting",
            "state", "federal", "regional", "national", "foreign", "government", "military", "police", "company",
            "bank", "independent", "private", "public", "western", "us", "u.s", "eu", "un");
    private static final Set<String> ARTICLES = Lexicon.set("the", "a", "an", "its", "his", "her", "their", "our");

    private static boolean isWeakCap(String h) {
        return h.equals("the") || h.equals("a") || h.equals("this") || h.equals("that") || h.equals("there")
                || h.equals("it's");
    }
}
