package org.claimdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence ending in a colon that introduces a list of claims by one source: "Key specifications, according to
 * the company:", "Latest figures from the interior ministry:", "The agency's bulletin listed:".
 */
final class ListIntro {

    /** The source phrase as written in the intro, and the cue its items are attributed with. */
    record Source(String phrase, String cue) {
    }

    private static final Pattern LIST_VERB = Pattern.compile(
            "(.+?)\\s+(?:(?:has|have|had|also)\\s+)?(listed|lists|list|included|includes|include|gave|gives|"
                    + "showed|shows|reported|reports|cited|cites|outlined|outlines|set out|sets out|detailed|details)"
                    + "(?:\\s+[\\p{L}'\u2019 -]{0,50})?\\s*"); // "... lists the damage so far:"
    private static final Pattern LIST_FROM = Pattern.compile(
            "(?:[\\p{L}' -]{0,40}?\\s)?(?:figures|data|details|numbers|statistics|estimates|findings|points|highlights|"
                    + "facts|toll|tally|update|updates|measures|specifications|specs|terms)\\s+(?:released\\s+|published\\s+|"
                    + "issued\\s+|provided\\s+)?(?:from|by)\\s+(.{2,60})");

    /** "The governor's briefing, key points:", "The report's main findings:": the owner of the points. */
    private static final Pattern KEY_POINTS = Pattern.compile(
            "(.+?)(?:,|['’]s)\\s+(?:the\\s+)?(?:key|main|chief|top|headline)\\s+(?:points|takeaways|findings|details|facts|"
                    + "figures|numbers|claims|pledges|measures|proposals|conclusions|recommendations)(?:\\s+so far)?");

    private ListIntro() {
    }

    /** Events whose owner says what the points say ("the governor's briefing"). */
    private static final java.util.Set<String> BRIEFING = Lexicon.set("briefing", "speech", "address", "statement",
            "announcement", "testimony", "update", "plan", "budget", "proposal", "conference", "remarks", "interview");

    /** The source of the list {@code intro} (the sentence without its colon) opens, or null. */
    static Source sourceOf(String intro) {
        for (Attribution.Attr a : Attribution.analyze(intro + ".")) {
            if (a.srcStart() >= 0) {
                return new Source(intro.substring(a.srcStart(), a.srcEnd()), a.cue() == null ? "according to" : a.cue());
            }
        }
        Matcher lf = LIST_FROM.matcher(intro);
        if (lf.matches()) {
            List<Tokens.Tok> it = Tokens.of(lf.group(1));
            if (!it.isEmpty() && SourcePhrases.isSource(it, 0, it.size(), "said")
                    && (it.get(0).isCap() || Lexicon.DETERMINERS.contains(it.get(0).lower()))) {
                return new Source(lf.group(1), "according to"); // "Latest figures from the interior ministry:"
            }
        }
        Matcher kp = KEY_POINTS.matcher(intro);
        if (kp.matches()) {
            List<Tokens.Tok> it = Tokens.of(kp.group(1));
            if (!it.isEmpty() && (SourcePhrases.isSource(it, 0, it.size(), "said")
                    || SourcePhrases.DOCUMENT_NOUNS.contains(it.get(it.size() - 1).lower())
                    || BRIEFING.contains(it.get(it.size() - 1).lower()))) {
                String owner = kp.group(1);
                int poss = Math.max(owner.lastIndexOf("'s "), owner.lastIndexOf("’s "));
                return new Source(poss > 0 ? owner.substring(0, poss) : owner, "according to"); // the briefing's owner
            }
        }
        Matcher lv = LIST_VERB.matcher(intro);
        if (lv.matches()) {
            List<Tokens.Tok> it = Tokens.of(lv.group(1));
            if (!it.isEmpty() && SourcePhrases.isSource(it, 0, it.size(), "said")) {
                return new Source(lv.group(1), lv.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }
}
