package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rule-based extraction engine: sentences, attributions, coreference, figures. Stateless, thread-safe. */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    public static final RuleBasedClaimExtractor INSTANCE = new RuleBasedClaimExtractor();

    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?(?: \\d{1,2})?"
                    + "(?:,? ?\\([^)]{1,40}\\))?(?:\\s*(?:--|\u2014|\u2013)\\s*|\\s+-\\s+)");
    private static final Pattern TAG = Pattern.compile("\\s*\\((?:[A-Z][\\w&.]*(?: [A-Z][\\w&.]*){0,3}|[A-Z]+)\\)\\s*$");
    private static final Pattern TAG_ONLY = Pattern.compile("^\\((?:[\\w&.]+(?: [\\w&.]+){0,3})\\)\\.?$");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Reporting by|Editing by) [A-Z]");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)\\b(speaks during|speaks at|speaks to|poses|is seen|are seen|shown|pictured|looks on|gestures|waves"
                    + "|attends|arrives|in this photo|file photo|photo provided|photo taken|courtesy of)\\b");
    private static final Pattern PARTICIPLE;

    static {
        PARTICIPLE = Pattern.compile(",[\"\u201D]?\\s+(?:and\\s+)?(" + String.join("|", Lexicon.PARTICIPLES) + ")\\b(\\s+that\\b)?");
    }

    private static final Pattern LIST_VERB = Pattern.compile(
            "(.+?)\\s+(?:(?:has|have|had|also)\\s+)?(listed|lists|list|included|includes|include|gave|gives|"
                    + "showed|shows|reported|reports|cited|cites|outlined|outlines|set out|sets out|detailed|details)"
                    + "(?:\\s+[\\p{L}'\u2019 -]{0,50})?\\s*"); // "... lists the damage so far:"
    private static final Pattern LIST_FROM = Pattern.compile(
            "(?:[\\p{L}' -]{0,40}?\\s)?(?:figures|data|details|numbers|statistics|estimates|findings|points|highlights|"
                    + "facts|toll|tally|update|updates|measures|specifications|specs|terms)\\s+(?:released\\s+|published\\s+|"
                    + "issued\\s+|provided\\s+)?(?:from|by)\\s+(.{2,60})");
    private static final Pattern ARTICLE_START = Pattern.compile("(?:The|A|An|the|a|an) ");
    private static boolean mayHaveDateline(String text, int cs, int ce) {
        int e = Math.min(ce, cs + 90);
        for (int i = cs; i < e; i++) {
            char c = text.charAt(i);
            if (c == '\u2014' || c == '\u2013' || c == '-' && i + 1 < e && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayBeNonClaim(String s) {
        return s.contains("comment") || s.contains(" not ") || s.contains("declin") || s.contains("refus")
                || s.contains("reach") || s.contains("respon") || s.contains("repl") || s.contains("no immediate");
    }

    private RuleBasedClaimExtractor() {
    }

    /** The figures written in a piece of text (a claim a person marks by hand), parsed as in claims. */
    @Override
    public List<ExtractedQuantity> quantitiesIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Quantities.find(text).stream().map(Quantities.Found::quantity).toList();
    }

    @Override
    public List<ExtractedClaim> extract(String text) {
        List<ExtractedClaim> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Coreference coref = new Coreference();
        List<Sentences.Span> spans = Sentences.split(text);
        Coreference.Resolved quoteSpeaker = null;
        String quoteCue = null;
        int quotePara = -10;
        Coreference.Resolved paraSpeaker = null;
        Coreference.Resolved listWho = null;
        String listCue = null;
        int listPara = -10;
        String paraCue = null;
        int speakerPara = -10;
        for (int i = 0; i < spans.size(); i++) {
            Sentences.Span span = spans.get(i);
            int cs = span.start();
            int ce = span.end();
            String raw = text.substring(cs, ce);
            int paren = raw.endsWith(")") ? raw.lastIndexOf('(') : -1;
            Matcher tag = TAG.matcher(paren < 0 ? "" : raw).region(Math.max(0, paren - 3), paren < 0 ? 0 : raw.length());
            if (TAG_ONLY.matcher(raw).matches() || BYLINE.matcher(raw).find() && raw.length() < 80) {
                continue;
            }
            if (listWho != null && Sentences.isBullet(text, cs) && span.paragraph() - listPara <= 1) {
                int b = cs;
                while (b < ce && !Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                int e = ce;
                while (e > b && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == ';')) {
                    e--;
                }
                listPara = span.paragraph();
                ClaimBuilder.add(out, text, b, e, raw, listWho, listCue, null, false);
                continue;
            }
            listWho = null;
            if (raw.endsWith(":") && i + 1 < spans.size() && Sentences.isBullet(text, spans.get(i + 1).start())) {
                // "Key specifications, according to the company:" / "The agency's bulletin listed:" then items
                String intro = raw.substring(0, raw.length() - 1).strip();
                Coreference.Resolved lw = null;
                String lc = null;
                for (Attribution.Attr a : Attribution.analyze(intro + ".")) {
                    if (a.srcStart() >= 0) {
                        lw = resolveSource(coref, intro.substring(a.srcStart(), a.srcEnd()), intro);
                        lc = a.cue() == null ? "according to" : a.cue();
                        break;
                    }
                }
                Matcher lf = LIST_FROM.matcher(intro);
                if (lw == null && lf.matches()) {
                    List<Tokens.Tok> it = Tokens.of(lf.group(1));
                    if (!it.isEmpty() && SourcePhrases.isSource(it, 0, it.size(), "said")
                            && (it.get(0).isCap() || Lexicon.DETERMINERS.contains(it.get(0).lower()))) {
                        lw = resolveSource(coref, lf.group(1), intro); // "Latest figures from the interior ministry:"
                        lc = "according to";
                    }
                }
                Matcher lv = LIST_VERB.matcher(intro);
                if (lw == null && lv.matches()) {
                    int[] src = null;
                    List<Tokens.Tok> it = Tokens.of(lv.group(1));
                    if (!it.isEmpty() && SourcePhrases.isSource(it, 0, it.size(), "said")) {
                        src = new int[] {0, it.size()};
                    }
                    if (src != null) {
                        lw = resolveSource(coref, lv.group(1), intro);
                        lc = lv.group(2).toLowerCase(java.util.Locale.ROOT);
                    }
                }
                if (lw != null) {
                    coref.spoke(lw);
                    listWho = lw;
                    listCue = lc;
                    listPara = span.paragraph();
                    coref.observe(raw);
                    continue;
                }
            }
            boolean tagged = tag.find();
            boolean nextIsTag = i + 1 < spans.size() && text.charAt(spans.get(i + 1).start()) == '('
                    && TAG_ONLY.matcher(text.substring(spans.get(i + 1).start(), spans.get(i + 1).end())).matches();
            if (tagged) {
                ce = cs + tag.start();
            }
            if (isHeadline(text, span, i, spans)) {
                coref.observe(raw);
                continue;
            }
            Matcher dl = DATELINE.matcher(text.substring(cs, Math.min(ce, cs + 90)));
            if ((i == 0 || spans.get(i - 1).paragraph() != span.paragraph()) && mayHaveDateline(text, cs, ce) && dl.find() && dl.end() < ce - cs
                    && isDateline(dl.group())) {
                cs += dl.end();
            }
            String core = text.substring(cs, ce);
            if ((tagged || nextIsTag) && CAPTION.matcher(core).find()) {
                coref.observe(core);
                continue;
            }
            List<Attribution.Attr> attrs;
            Matcher nc = mayBeNonClaim(core) ? Lexicon.NON_CLAIM.matcher(core) : null;
            if (nc != null && nc.find()) {
                // "declined to comment but told reporters that ...": keep only attributions outside the refusal
                attrs = new ArrayList<>();
                for (Attribution.Attr a : Attribution.analyze(core)) {
                    if (a.srcStart() >= 0 && (a.contentStart() >= nc.end() || a.contentEnd() <= nc.start())
                            && !Lexicon.NON_CLAIM.matcher(core.substring(a.contentStart(), a.contentEnd())).find()) {
                        attrs.add(a);
                    }
                }
                if (attrs.isEmpty()) {
                    coref.observe(core);
                    continue;
                }
            } else {
                attrs = Attribution.analyze(core);
            }
            List<int[]> ctxAt = new ArrayList<>();
            List<ExtractedQuantity> ctx = new ArrayList<>();
            if (!attrs.isEmpty()) {
                sentenceFigures(core, cs, attrs, ctxAt, ctx);
            }
            for (Attribution.Attr a : attrs) {
                Coreference.Resolved who;
                String cue = a.cue();
                String via = null;
                Coreference.Resolved ahead = a.srcStart() < 0 && a.quote() ? speakerAhead(text, spans, i, core, coref) : null;
                if (ahead != null) {
                    who = ahead; // "'We waited six hours. Nobody came,' said Lina Park": the speaker comes later
                    cue = "said";
                } else if (a.srcStart() < 0) {
                    if (paraSpeaker != null && span.paragraph() == speakerPara) {
                        who = paraSpeaker;
                        cue = paraCue;
                    } else if (quoteSpeaker != null && span.paragraph() - quotePara <= 1) {
                        who = quoteSpeaker;
                        cue = quoteCue;
                    } else if (paraSpeaker != null && span.paragraph() - speakerPara <= 1 && startsParagraph(spans, i)) {
                        who = paraSpeaker; // a quote-only paragraph continues the speaker of the paragraph before
                        cue = paraCue;
                    } else {
                        continue;
                    }
                } else {
                    who = resolveSource(coref, core.substring(a.srcStart(), a.srcEnd()), core);
                    String srcText = core.substring(a.srcStart(), a.srcEnd());
                    int comma = core.indexOf(',');
                    if (a.cue() != null && a.cue().startsWith("by ") && (srcText.equals("its") || srcText.equals("their"))
                            && comma > 0 && comma < a.srcStart()) {
                        // "The local business federation, by its own reckoning, lost ...": the subject
                        String subj = core.substring(0, comma).strip();
                        String head = subj.substring(subj.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
                        if (Lexicon.ORG_NOUNS.contains(head) || SourcePhrases.isHumanNoun(head)) {
                            who = coref.resolve(subj);
                        }
                    }
                    if (a.srcStart() > 0 && core.substring(a.srcStart(), a.srcEnd()).equals("they")) {
                        // "Analysts at Halden Bank are doubtful: in a note they said ...": the subject before
                        List<String> w = new ArrayList<>();
                        for (Tokens.Tok tok : Tokens.of(core.substring(0, a.srcStart()))) {
                            w.add(tok.text());
                        }
                        Coreference.Resolved group = Coreference.pluralSubject(w);
                        if (group != null) {
                            who = coref.resolve(group.description() != null ? group.description() : group.claimant());
                        }
                    }
                    if (a.apposStart() >= 0 && a.apposEnd() > a.apposStart()) {
                        String src = core.substring(a.srcStart(), a.srcEnd());
                        String appos = core.substring(a.apposStart(), a.apposEnd());
                        String lastWord = appos.substring(appos.lastIndexOf(' ') + 1);
                        boolean apposIsName = !lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0))
                                && (Character.isUpperCase(appos.charAt(0))
                                    || Lexicon.TITLES.contains(appos.substring(0, Math.max(0, appos.indexOf(' ')))))
                                && !ARTICLE_START.matcher(appos).lookingAt() && !Names.isOrgName(appos)
                                && !appos.contains(" of ") && !appos.contains(" for ");
                        boolean srcIsName = who.description() == null && Character.isUpperCase(who.claimant().charAt(0));
                        if (apposIsName && !srcIsName) {
                            Coreference.Resolved n = coref.resolve(appos);
                            who = new Coreference.Resolved(n.claimant(), n.description() != null ? n.description() : src, false);
                        } else if (who.description() == null) {
                            who = new Coreference.Resolved(who.claimant(), appos, who.org());
                        }
                    }
                    if (a.viaStart() >= 0) {
                        Coreference.Resolved v = resolveSource(coref, core.substring(a.viaStart(), a.viaEnd()));
                        coref.spoke(v);
                        via = v.claimant().equals(who.claimant()) ? null : v.claimant();
                    }
                    coref.spoke(who);
                }
                paraSpeaker = who;
                paraCue = cue;
                speakerPara = span.paragraph();
                if (a.quote()) {
                    quoteSpeaker = who;
                    quoteCue = cue;
                    quotePara = span.paragraph();
                }
                emit(out, text, cs + a.contentStart(), cs + a.contentEnd(), text.substring(span.start(), span.end()),
                        who, cue, via, a.quote(), ctxAt, ctx);
            }
            coref.observe(core);
        }
        return out;
    }

    /** A dateline has an all-caps place, a date or an agency in parentheses. */
    private static boolean isDateline(String d) {
        String place = d.split("[,(]")[0].replaceAll("[-\u2014\u2013]", "").strip();
        return place.equals(place.toUpperCase(java.util.Locale.ROOT)) || d.matches(".*(\\d|\\().*");
    }

    private static final Pattern ORG_SUBJECT = Pattern.compile("^(?:The [a-z]+|[A-Z][\\w&.'-]*(?: [A-Z][\\w&.'-]*){0,3}) ");

    private static Coreference.Resolved resolveSource(Coreference coref, String src) {
        return resolveSource(coref, src, "");
    }

    private static Coreference.Resolved resolveSource(Coreference coref, String src, String sentence) {
        switch (src) {
            case "his" -> src = "he";
            case "her" -> src = "she";
            case "their" -> src = "they";
            case "its" -> src = "it";
            default -> {
                if ((src.endsWith("'s") || src.endsWith("\u2019s")) && src.indexOf(' ') > 0) {
                    src = src.substring(0, src.length() - 2); // "by the company's reckoning"
                }
            }
        }
        int poss = src.indexOf("'s ");
        if (poss < 0) {
            poss = src.indexOf("\u2019s ");
        }
        if (poss > 0) {
            String head = src.substring(src.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (SourcePhrases.DOCUMENT_NOUNS.contains(head)) {
                Coreference.Resolved r = coref.resolve(src.substring(0, poss));
                return new Coreference.Resolved(r.claimant(), src, r.org());
            }
        }
        int sp = src.indexOf(' ');
        if (sp > 0 && SourcePhrases.DOCUMENT_NOUNS.contains(src.substring(src.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT))) {
            String det = src.substring(0, sp).toLowerCase(java.util.Locale.ROOT);
            if (det.equals("its") || det.equals("their")) { // "according to its filing": the firm that files
                Matcher subj = ORG_SUBJECT.matcher(sentence);
                if (det.equals("its") && subj.lookingAt() && Names.isOrgName(subj.group().strip())
                        || subj.lookingAt() && subj.group().startsWith("The ")
                        && Lexicon.ORG_NOUNS.contains(subj.group().substring(4).strip())) {
                    Coreference.Resolved r = coref.resolve(subj.group().strip());
                    return new Coreference.Resolved(r.claimant(), src, r.org());
                }
                Coreference.Resolved r = coref.resolve(det.equals("its") ? "it" : "they");
                if (!r.claimant().equalsIgnoreCase("it") && !r.claimant().equalsIgnoreCase("they")) {
                    return new Coreference.Resolved(r.claimant(), src, r.org());
                }
            }
        }
        return coref.resolve(src);
    }

    /**
     * A quotation that opens a sentence and stays open at its end: the speaker named after the closing quote of a
     * following sentence of the same paragraph (up to three sentences on), or null.
     */
    private static Coreference.Resolved speakerAhead(String text, List<Sentences.Span> spans, int i, String core,
                                                     Coreference coref) {
        char last = core.charAt(core.length() - 1);
        if (".!?".indexOf(last) < 0 || !(core.startsWith("\"") || core.startsWith("\u201C") || core.startsWith("'")
                || core.startsWith("\u2018"))) {
            return null;
        }
        for (int j = i + 1; j < spans.size() && j <= i + 3 && spans.get(j).paragraph() == spans.get(i).paragraph(); j++) {
            String next = text.substring(spans.get(j).start(), spans.get(j).end());
            if (next.startsWith("\"") || next.startsWith("\u201C")) {
                return null;
            }
            List<Attribution.Attr> as = Attribution.analyze(next);
            if (!as.isEmpty() && as.get(0).srcStart() > 0) {
                int q = Math.max(Math.max(next.lastIndexOf("\","), next.lastIndexOf(",\u201D")),
                        Math.max(next.lastIndexOf(",'"), next.lastIndexOf(",\u2019")));
                if (q >= 0 && as.get(0).srcStart() > q) {
                    Attribution.Attr a = as.get(0);
                    return coref.resolve(next.substring(a.srcStart(), a.srcEnd()));
                }
            }
            char l = next.charAt(next.length() - 1);
            if (".!?".indexOf(l) < 0) {
                return null;
            }
        }
        return null;
    }

    private static boolean startsParagraph(List<Sentences.Span> spans, int i) {
        return i == 0 || spans.get(i - 1).paragraph() != spans.get(i).paragraph();
    }

    private static boolean isHeadline(String text, Sentences.Span span, int i, List<Sentences.Span> spans) {
        char last = text.charAt(span.end() - 1);
        boolean terminal = ".!?\"\u201D'\u2019)".indexOf(last) >= 0;
        boolean alone = (i == 0 || spans.get(i - 1).paragraph() != span.paragraph())
                && (i + 1 >= spans.size() || spans.get(i + 1).paragraph() != span.paragraph());
        return !terminal && alone && span.end() - span.start() < 200;
    }

    /**
     * The figures of a sentence that are not part of its attribution words (source, its description, relaying
     * source, cue), as offsets in the article ({@code base} = where the sentence starts).
     */
    private static void sentenceFigures(String core, int base, List<Attribution.Attr> attrs, List<int[]> at,
                                        List<ExtractedQuantity> qs) {
        List<Quantities.Found> found = Quantities.find(core);
        if (found.isEmpty()) {
            return;
        }
        List<int[]> skip = new ArrayList<>();
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
                    skip.add(new int[] {c, a.contentStart()}); // the cue, not a verb coordinated before it
                }
                skip.add(new int[] {s, e});
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
            skip.add(new int[] {s, e});
        }
        for (Quantities.Found f : found) {
            boolean inAttr = false;
            for (int[] r : skip) {
                if (f.start() < r[1] && f.end() > r[0]) {
                    inAttr = true;
                    break;
                }
            }
            if (!inAttr) {
                at.add(new int[] {base + f.start(), base + f.end()});
                qs.add(f.quantity());
            }
        }
    }

    private static void emit(List<ExtractedClaim> out, String text, int start, int end, String sentence,
                             Coreference.Resolved who, String cue, String via, boolean quote, List<int[]> ctxAt,
                             List<ExtractedQuantity> ctx) {
        if (end - start < 3) {
            return;
        }
        String content = text.substring(start, end);
        Matcher p = PARTICIPLE.matcher(content);
        int from = 0;
        String partCue = cue;
        while (p.find()) {
            String word = p.group(1);
            boolean speech = Lexicon.SPEECH_PARTICIPLES.contains(word) || p.group(2) != null;
            ClaimBuilder.add(out, text, start + from, start + p.start(), sentence, who, partCue, via, quote, ctxAt, ctx);
            from = speech ? p.end() : p.start(1);
            partCue = word; // ", noting ...": a further claim whose cue is the participle
        }
        ClaimBuilder.add(out, text, start + from, end, sentence, who, partCue, via, quote, ctxAt, ctx);
    }

}
