package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Builds one claim from its span and source: figures, hedges, type and check-worthiness. */
final class ClaimBuilder {

    private ClaimBuilder() {
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
        Matcher h = Lexicon.HEDGES.matcher(claim);
        while (h.find()) {
            if (!hedges.contains(h.group(1))) {
                hedges.add(h.group(1));
            }
        }
        ClaimType type;
        if (!qs.isEmpty()) {
            type = ClaimType.STATISTIC;
        } else if (Lexicon.PREDICTION.matcher(claim).find()) {
            type = ClaimType.PREDICTION;
        } else if (quote) {
            type = ClaimType.QUOTE;
        } else if (Lexicon.EVENT.matcher(claim).find()
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
                qs, hedges, Math.round(worth * 100) / 100.0));
    }
}
