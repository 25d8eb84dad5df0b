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


    static void add(List<ExtractedClaim> out, String text, int start, int end, String sentence,
                            Coreference.Resolved who, String cue, String via, boolean quote) {
        addImpl(out, text, start, end, sentence, who, cue, via, quote, null, null);
    }

    /**
     * {@code context}: figures of the rest of the sentence (offsets in {@code text}, attribution words already
     * left out); those outside the claim's own span follow its own figures, in text order, without duplicates.
     */
    static void add(List<ExtractedClaim> out, String text, int start, int end, String sentence,
                            Coreference.Resolved who, String cue, String via, boolean quote, List<int[]> contextAt,
                            List<ExtractedQuantity> context) {
        addImpl(out, text, start, end, sentence, who, cue, via, quote, contextAt, context);
    }

    private static void addImpl(List<ExtractedClaim> out, String text, int start, int end, String sentence,
                            Coreference.Resolved who, String cue, String via, boolean quote, List<int[]> contextAt,
                            List<ExtractedQuantity> context) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        String claim = text.substring(start, end);
        if (words(claim) < (cue != null && SHORT_OK.contains(cue) ? 1 : 2)) {
            return;
        }
        List<ExtractedQuantity> qs = new ArrayList<>();
        List<String> hedges = new ArrayList<>();
        for (Quantities.Found f : Quantities.find(claim)) {
            qs.add(f.quantity());
            if (f.hedge() != null && !hedges.contains(f.hedge())) {
                hedges.add(f.hedge());
            }
        }
        List<ExtractedQuantity> all = qs;
        if (context != null && !context.isEmpty()) {
            all = new ArrayList<>(qs);
            for (int k = 0; k < context.size(); k++) {
                int[] at = contextAt.get(k);
                if (at[0] < end && at[1] > start) {
                    continue; // inside the claim: already among its own figures
                }
                ExtractedQuantity q = context.get(k);
                boolean dup = false;
                for (ExtractedQuantity o : all) {
                    if (o.value() == q.value()) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    all.add(q);
                }
            }
        }
        for (String h : HEDGES.findAll(claim)) {
            if (!hedges.contains(h)) {
                hedges.add(h);
            }
        }
        ClaimType type;
        if (!qs.isEmpty()) {
            type = ClaimType.STATISTIC;
        } else if (PREDICTION.any(claim)) {
            type = ClaimType.PREDICTION;
        } else if (quote) {
            type = ClaimType.QUOTE;
        } else if (EVENT.any(claim)
                || cue != null && EVENT_CUES.contains(cue)) {
            type = ClaimType.EVENT;
        } else {
            type = ClaimType.STATEMENT;
        }
        double worth = 0.35;
        worth += qs.isEmpty() ? 0 : 0.3;
        worth += type == ClaimType.PREDICTION ? 0.1 : 0;
        worth += !who.claimant().isEmpty() && Character.isUpperCase(who.claimant().charAt(0)) ? 0.1 : 0;
        worth += via != null ? 0.05 : 0;
        worth += quote ? 0.05 : 0;
        worth = Math.max(0.05, Math.min(1.0, worth));
        out.add(new ExtractedClaim(claim, sentence, start, end, who.claimant(), who.description(), cue, via, type,
                all, hedges, Math.round(worth * 100) / 100.0));
    }
}
