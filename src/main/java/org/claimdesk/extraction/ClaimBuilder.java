package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/** Builds one claim from its span and source: figures, hedges, type and check-worthiness. */
final class ClaimBuilder {

    private ClaimBuilder() {
    }

    private static final String[] COMMON = {"expected to", "expects to", "set to", "is set to", "are set to",
        "was set to", "plans to", "plan to", "planned to", "planning to", "intends to", "aims to", "likely",
        "unlikely", "could", "may", "might", "would", "will", "won't", "within days", "within weeks",
        "within hours", "in the coming days", "in the coming weeks", "in the coming months", "in the coming years",
        "forecast", "forecasts", "projected", "about to", "poised to", "is poised to", "are poised to",
        "on track to"};
    static final PhraseFinder HEDGES = new PhraseFinder(concat(COMMON, "estimated", "reportedly", "allegedly",
            "possibly", "probably", "potentially", "should", "appears to", "appeared to", "seems to", "believed to",
            "by the end of"));
    static final PhraseFinder PREDICTION = new PhraseFinder(concat(COMMON, "next year", "next month", "next week"));
    static final PhraseFinder EVENT = new PhraseFinder("killed", "arrested", "died", "injured", "wounded",
            "attacked", "launched", "seized", "fired", "struck", "destroyed", "captured", "signed", "opened", "closed",
            "approved", "passed", "collapsed", "exploded", "crashed", "evacuated", "detained", "charged", "convicted",
            "sentenced", "resigned", "elected", "began", "started", "ended", "completed", "sank", "burned", "flooded",
            "occurred", "took place", "broke out");

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static final java.util.Set<String> EVENT_CUES = Lexicon.set("confirmed", "announced", "reported",
            "disclosed", "revealed");

    private static final java.util.Set<String> SHORT_OK = Lexicon.set("denied", "denies", "deny", "confirmed",
            "confirms", "admitted", "admits", "rejected", "disputed");


    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    /**
     * Adds the claim of {@code draft} to {@code out}, unless its words (trimmed) are too few to assert anything.
     */
    static void add(List<ExtractedClaim> out, String text, ClaimDraft draft) {
        int start = draft.start();
        int end = draft.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        String claim = text.substring(start, end);
        ClaimDraft.Speech speech = draft.speech();
        if (words(claim) < (speech.cue() != null && SHORT_OK.contains(speech.cue()) ? 1 : 2)) {
            return;
        }
        List<ExtractedQuantity> own = new ArrayList<>();
        List<String> hedges = new ArrayList<>();
        for (Quantities.Found f : Quantities.find(claim)) {
            own.add(f.quantity());
            if (f.hedge() != null && !hedges.contains(f.hedge())) {
                hedges.add(f.hedge());
            }
        }
        for (String h : HEDGES.findAll(claim)) {
            if (!hedges.contains(h)) {
                hedges.add(h);
            }
        }
        ClaimType type = typeOf(claim, !own.isEmpty(), speech);
        Coreference.Resolved who = speech.who();
        out.add(new ExtractedClaim(claim, draft.sentence(), start, end, who.claimant(), who.description(), speech.cue(),
                speech.via(), type, own, hedges,
                worth(!own.isEmpty(), type, speech)));
    }

    /** A figure of its own makes a statistic; then prediction, quotation, event, in that order. */
    private static ClaimType typeOf(String claim, boolean hasFigure, ClaimDraft.Speech speech) {
        if (hasFigure) {
            return ClaimType.STATISTIC;
        } else if (PREDICTION.any(claim)) {
            return ClaimType.PREDICTION;
        } else if (speech.quote()) {
            return ClaimType.QUOTE;
        } else if (EVENT.any(claim) || speech.cue() != null && EVENT_CUES.contains(speech.cue())) {
            return ClaimType.EVENT;
        }
        return ClaimType.STATEMENT;
    }

    /** Check-worthiness, 0.05..1 in hundredths: figures, predictions, named sources, relays and quotes add to it. */
    private static double worth(boolean hasFigure, ClaimType type, ClaimDraft.Speech speech) {
        String claimant = speech.who().claimant();
        double worth = 0.35;
        worth += hasFigure ? 0.3 : 0;
        worth += type == ClaimType.PREDICTION ? 0.1 : 0;
        worth += !claimant.isEmpty() && Character.isUpperCase(claimant.charAt(0)) ? 0.1 : 0;
        worth += speech.via() != null ? 0.05 : 0;
        worth += speech.quote() ? 0.05 : 0;
        worth = Math.max(0.05, Math.min(1.0, worth));
        return Math.round(worth * 100) / 100.0;
    }
}
