package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/** Finds who a sentence attributes its content to: cue, source phrase, content span, relaying source. */
final class Attribution {

    /**
     * One attribution, offsets relative to the sentence. src/via/appos are [start, end) or -1. A source of -1
     * with {@code quote} means a bare quotation that continues the previous speaker.
     */
    record Attr(int srcStart, int srcEnd, String cue, int contentStart, int contentEnd, int viaStart, int viaEnd,
                String viaCue, int apposStart, int apposEnd, boolean quote) {
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
        int[] tail = TrailingSources.trailing(t, last);
        int leadLimit = tail != null ? tail[0] : last;
        int[] lead = LeadingSources.leading(s, t, LeadingSources.quoteEnd(t, t.size()), leadLimit);
        if (lead != null && tail != null && (LeadingSources.isWeak(t.get(lead[2]).lower())
                || tail[3] >= 0 && !LeadingSources.SAY.contains(t.get(lead[2]).lower()))
                && !(tail[2] - tail[1] == 1 && Lexicon.PRONOUNS.contains(t.get(tail[1]).lower()))
                && !explicitContent(s, t, lead)) {
            lead = null; // "Hospitals admitted 3,400 patients, the ministry said": the trailing source wins
        }
        if (lead == null) {
            lead = LeadingSources.subjectWithParticiple(t, leadLimit);
        }
        if (lead != null && lead[0] > 0 && t.get(lead[0] - 1).text().equals(",") && LeadingSources.parenthetical(s, t, lead[3])) {
            out.add(make(s, t, lead[0], lead[1], t.get(lead[2]).lower(), t.get(0).start(),
                    t.get(lead[0] - 1).start(), -1, -1, null, lead[4], lead[5]));
        } else if (lead != null && tail != null) {
            out.add(make(s, t, lead[0], lead[1], t.get(lead[2]).lower(), lead[3], TrailingSources.tailContentEnd(s, t, tail, last),
                    tail[1], tail[2], tail[3] >= 0 ? t.get(tail[3]).lower() : "according to", lead[4], lead[5]));
            TrailingSources.afterTail(s, t, tail, last, out, lead[0], lead[1], t.get(tail[1]).start(), t.get(tail[2] - 1).end());
        } else if (lead != null) {
            int end = t.get(last - 1).end();
            List<Attr> second = secondSource(s, t, lead[3], last);
            if (!second.isEmpty()) {
                end = second.get(0).contentStart() < 0 ? end : cutAt(s, t, lead[3], last);
            }
            out.add(make(s, t, lead[0], lead[1], t.get(lead[2]).lower(), lead[3], end, -1, -1, null, lead[4], lead[5]));
            out.addAll(second);
        } else if (tail != null) {
            String cue = tail[3] >= 0 ? t.get(tail[3]).lower() : "according to";
            int from = 0;
            out.add(make(s, t, tail[1], tail[2], cue, t.get(from).start(), TrailingSources.tailContentEnd(s, t, tail, last), -1, -1,
                    null, tail[4], tail[5]));
            TrailingSources.afterTail(s, t, tail, last, out, tail[1], tail[2], -1, -1);
        } else if (t.get(0).isQuote() || t.get(0).text().equals("\u2018")) {
            Attr a = make(s, t, 0, 1, null, t.get(0).start(), t.get(last - 1).end(), -1, -1, null, -1, -1);
            out.add(new Attr(-1, -1, null, a.contentStart(), a.contentEnd(), -1, -1, null, -1, -1, true));
        }
        return out;
    }

    /** "X warned that ...", "X announced: ...", "X called it “...”": the cue clearly introduces content. */
    private static boolean explicitContent(String s, List<Tokens.Tok> t, int[] lead) {
        String between = s.substring(t.get(lead[2]).end(), Math.max(t.get(lead[2]).end(), lead[3]));
        return between.contains("that") || between.contains(":") || lead[3] < s.length()
                && (s.charAt(lead[3]) == '"' || s.charAt(lead[3]) == '\u201C');
    }

    private static final java.util.Set<String> CONTRAST = Lexicon.set("but", "while", "whereas", "although");

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

    private static int cutAt(String s, List<Tokens.Tok> t, int contentStart, int last) {
        return t.get(contrastAt(t, contentStart, last)).start();
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
            out.add(new Attr(a.srcStart() + from, a.srcEnd() + from, a.cue(), a.contentStart() + from,
                    a.contentEnd() + from, a.viaStart() < 0 ? -1 : a.viaStart() + from,
                    a.viaEnd() < 0 ? -1 : a.viaEnd() + from, a.viaCue(),
                    a.apposStart() < 0 ? -1 : a.apposStart() + from, a.apposEnd() < 0 ? -1 : a.apposEnd() + from,
                    a.quote()));
        }
        return out;
    }

    static Attr make(String s, List<Tokens.Tok> t, int srcA, int srcB, String cue, int cs, int ce,
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


    static boolean hasAny(String s, int from, int to, String chars) {
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
                int[] tail = TrailingSources.trailing(t.subList(0, c), c);
                if (tail == null) {
                    return null;
                }
                String cue = tail[3] >= 0 ? t.get(tail[3]).lower() : "according to";
                Attr first = make(s, t, tail[1], tail[2], cue, t.get(0).start(), t.get(q - 1).start(), -1, -1,
                        null, -1, -1);
                Attr second = make(s, t, tail[1], tail[2], cue, t.get(c + 1).start(), t.get(last - 1).end(), -1,
                        -1, null, -1, -1);
                return List.of(first, second);
            }
        }
        return null;
    }
}
