package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of an attributed sentence that are not part of its attribution words (source, its description,
 * relaying source, cue): a claim also carries the figures its sentence gives outside the claim's own words.
 */
final class SentenceFigures {

    private SentenceFigures() {
    }

    /** The figures of {@code core} outside its attributions, as offsets in the article ({@code base} = where it starts). */
    static List<Quantities.Found> outsideAttributions(String core, int base, List<Attribution.Attr> attrs) {
        List<Quantities.Found> found = Quantities.find(core);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Range> skip = attributionWords(core, attrs);
        List<Quantities.Found> out = new ArrayList<>();
        for (Quantities.Found f : found) {
            boolean inAttr = false;
            for (Range r : skip) {
                if (r.overlaps(f.start(), f.end())) {
                    inAttr = true;
                    break;
                }
            }
            if (!inAttr) {
                out.add(f.shifted(base));
            }
        }
        return out;
    }

    /** Where the attribution words of each sourced attribution are, in {@code core}. */
    private static List<Range> attributionWords(String core, List<Attribution.Attr> attrs) {
        List<Range> skip = new ArrayList<>();
        for (Attribution.Attr a : attrs) {
            if (a.srcStart() < 0) {
                continue;
            }
            int s = a.srcStart();
            int e = a.srcEnd();
            if (a.apposStart() >= 0) {
                s = Math.min(s, a.apposStart());
                e = Math.max(e, a.apposEnd());
            }
            if (a.viaStart() >= 0) {
                s = Math.min(s, a.viaStart());
                e = Math.max(e, a.viaEnd());
            }
            if (s < a.contentStart() && e <= a.contentStart() && a.cue() != null) {
                int c = core.lastIndexOf(a.cue(), a.contentStart());
                if (c >= e) {
                    skip.add(new Range(c, a.contentStart())); // the cue, not a verb coordinated before it
                }
                skip.add(new Range(s, e));
                continue;
            }
            if (s >= a.contentEnd()) {
                s = Math.min(s, a.contentEnd()); // "..., the agency said": the cue sits between content and source
                if (a.cue() != null) {
                    int c = core.indexOf(a.cue(), e);
                    if (c >= 0 && c - e < 40) {
                        e = c + a.cue().length();
                    }
                }
            } else if (e <= a.contentStart()) {
                e = Math.max(e, a.contentStart()); // "The agency said ...": up to the content
            }
            skip.add(new Range(s, e));
        }
        return skip;
    }
}
