package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the engine over one article. It reads the sentences in order and keeps what a reader remembers
 * between them: who spoke last, whose quotation runs on, which list is being read, and (in {@link Coreference})
 * the people and organizations named so far. One instance per article; not shared between threads.
 */
final class ArticleExtraction {

    private static final Pattern PARTICIPLE = Pattern.compile(
            ",[\"\u201D]?\\s+(?:and\\s+)?(" + String.join("|", Lexicon.PARTICIPLES) + ")\\b(\\s+that\\b)?");

    /** A source remembered across sentences: who, with which cue, in which paragraph it was last heard. */
    private record Voice(Coreference.Resolved who, String cue, int paragraph) {

        Voice heardIn(int p) {
            return new Voice(who, cue, p);
        }
    }

    private final String text;
    private final List<Sentences.Span> spans;
    private final Coreference coref = new Coreference();
    private final List<ExtractedClaim> out = new ArrayList<>();
    /** The source of the last attribution: a quote-only sentence of its paragraph (or the next) continues it. */
    private Voice speaker;
    /** The source of the last quotation: a bare quotation in the same or the next paragraph continues it. */
    private Voice quoted;
    /** The source of the list being read ("The agency listed:" then items), or null. */
    private Voice list;
    /** The transcript's speaker labels and interviewee when the article is an interview, else null. */
    private final Interview interview;
    /** Whether the sentences read now belong to an answer of the interviewee. */
    private boolean answering;

    private ArticleExtraction(String text) {
        this.text = text;
        this.spans = Sentences.split(text);
        this.interview = Interview.of(text, spans, coref);
    }

    /** The claims of {@code text}, in the order their spans appear. */
    static List<ExtractedClaim> claimsOf(String text) {
        ArticleExtraction run = new ArticleExtraction(text);
        for (int i = 0; i < run.spans.size(); i++) {
            run.sentence(i);
        }
        return run.out;
    }

    private void sentence(int i) {
        Sentences.Span span = spans.get(i);
        String raw = text.substring(span.start(), span.end());
        if (Boilerplate.isTagOrByline(raw)) {
            return;
        }
        if (list != null && Sentences.isBullet(text, span.start()) && span.paragraph() - list.paragraph() <= 1) {
            listItem(span, raw);
            return;
        }
        list = null;
        if (raw.endsWith(":") && i + 1 < spans.size() && Sentences.isBullet(text, spans.get(i + 1).start())
                && listIntro(span, raw)) {
            return;
        }
        int cs = span.start();
        int ce = span.end();
        int tag = Boilerplate.agencyTagAt(raw);
        if (tag >= 0) {
            ce = cs + tag; // "... on Tuesday. (AP)"
        }
        if (Boilerplate.isHeadline(text, spans, i)) {
            coref.observe(raw);
            return;
        }
        if (startsParagraph(i)) {
            cs += Boilerplate.datelineLength(text, cs, ce);
        }
        Interview.Label turn = interview == null ? null : interview.labelOf(i);
        if (turn != null) {
            answering = !interview.asks(turn);
            cs = Math.min(ce, turn.textStart()); // "A: ...": the label is no part of the claim
        }
        if (cs >= ce) {
            return;
        }
        String core = text.substring(cs, ce);
        if ((tag >= 0 || nextIsTag(i)) && Boilerplate.isCaption(core)) {
            coref.observe(core);
            return;
        }
        List<Attribution.Attr> attrs = attributions(core);
        if (answering && (attrs.isEmpty() || onlyFirstPerson(core, attrs))) {
            answer(cs, ce, raw, core, span);
            return;
        }
        for (Attribution.Attr a : attrs) {
            ClaimDraft.Speech speech = a.srcStart() >= 0 ? namedSpeech(core, a) : continuedSpeech(i, core, a);
            if (speech == null) {
                continue;
            }
            speaker = new Voice(speech.who(), speech.cue(), span.paragraph());
            if (a.quote()) {
                quoted = speaker;
            }
            emit(cs + a.contentStart(), cs + a.contentEnd(), raw, speech);
        }
        coref.observe(core);
    }

    /** Openings of an answer sentence that give a feeling or a wish, nothing to check. */
    private static final Pattern NOT_CHECKABLE = Pattern.compile(
            "(?i)^(?:I|we) (?:think|understand|hope|believe|feel|wish|want|know|guess|suppose|agree|love|like)\\b|"
                    + "^(?:yes|no|well|look|sure|of course)\\b[,.]?\\s*$|^(?:thank|thanks)\\b");

    /** Whether an answer sentence can be checked: long enough (or with a figure or date), not a feeling. */
    private static boolean checkable(String core) {
        String s = core.strip();
        long words = Tokens.of(s).stream().filter(Tokens.Tok::isWord).count();
        boolean figure = !Quantities.find(s).isEmpty() || s.chars().anyMatch(Character::isDigit);
        return (words >= 5 || figure && words >= 3) && !NOT_CHECKABLE.matcher(s).find();
    }

    /** "It fell 11 percent, and I expect it to keep falling": the interviewee's own "I"/"we" is no other source. */
    private static boolean onlyFirstPerson(String core, List<Attribution.Attr> attrs) {
        for (Attribution.Attr a : attrs) {
            String src = a.srcStart() < 0 ? "" : core.substring(a.srcStart(), a.srcEnd()).toLowerCase(java.util.Locale.ROOT);
            if (!src.equals("i") && !src.equals("we")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sentence of the interviewee's answer without attribution words of its own: a claim of the interviewee,
     * unless it asks something or is too short to assert anything ("Yes.", "Thank you.").
     */
    private void answer(int cs, int ce, String raw, String core, Sentences.Span span) {
        int e = ce;
        while (e > cs && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '!' || Character.isWhitespace(text.charAt(e - 1))
                || text.charAt(e - 1) == '*')) {
            e--;
        }
        if (core.strip().endsWith("?") || !checkable(core)) {
            coref.observe(core);
            return;
        }
        Coreference.Resolved who = interview.interviewee();
        coref.spoke(who);
        speaker = new Voice(who, "said", span.paragraph());
        ClaimBuilder.add(out, text, new ClaimDraft(cs, e, raw, new ClaimDraft.Speech(who, "said", null, false)));
        coref.observe(core);
    }

    /** "- 4,200 homes damaged": an item of the open list, a claim of the list's source. */
    private void listItem(Sentences.Span span, String raw) {
        int b = span.start();
        int ce = span.end();
        while (b < ce && !Character.isWhitespace(text.charAt(b))) {
            b++; // past the bullet
        }
        int e = ce;
        while (e > b && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == ';')) {
            e--;
        }
        list = list.heardIn(span.paragraph());
        ClaimBuilder.add(out, text, new ClaimDraft(b, e, raw,
                new ClaimDraft.Speech(list.who(), list.cue(), null, false)));
    }

    /** "The agency's bulletin listed:" before list items: opens the list when the intro names a source. */
    private boolean listIntro(Sentences.Span span, String raw) {
        String intro = raw.substring(0, raw.length() - 1).strip();
        ListIntro.Source source = ListIntro.sourceOf(intro);
        if (source == null) {
            return false;
        }
        Coreference.Resolved who = SourceResolver.resolve(coref, source.phrase(), intro);
        coref.spoke(who);
        list = new Voice(who, source.cue(), span.paragraph());
        coref.observe(raw);
        return true;
    }

    /** The attributions of a sentence, leaving out those inside a refusal ("declined to comment"). */
    private static List<Attribution.Attr> attributions(String core) {
        Matcher nc = mayBeNonClaim(core) ? Lexicon.NON_CLAIM.matcher(core) : null;
        if (nc == null || !nc.find()) {
            return Attribution.analyze(core);
        }
        // "declined to comment but told reporters that ...": keep only attributions outside the refusal
        List<Attribution.Attr> attrs = new ArrayList<>();
        for (Attribution.Attr a : Attribution.analyze(core)) {
            if (a.srcStart() < 0) {
                continue;
            }
            if (a.contentStart() >= nc.end() || a.contentEnd() <= nc.start()) {
                Matcher inner = Lexicon.NON_CLAIM.matcher(core.substring(a.contentStart(), a.contentEnd()));
                if (!inner.find() || reportsAnotherRefusal(core, a.contentStart(), a.contentStart() + inner.start())) {
                    attrs.add(a);
                }
            } else if (nc.start() > a.contentStart() && reportsAnotherRefusal(core, a.contentStart(), nc.start())) {
                attrs.add(a); // "The auditor said the department could not say how many ...": the auditor's claim
            }
        }
        return attrs;
    }

    /**
     * Whether the words before a refusal inside a claim name someone else than the speaker ("the department could
     * not say ..."), not just a pronoun for the speaker ("it did not comment").
     */
    private static boolean reportsAnotherRefusal(String core, int from, int refusal) {
        String subject = core.substring(from, refusal).strip().toLowerCase(java.util.Locale.ROOT);
        return subject.indexOf(' ') > 0 && !subject.startsWith("that ") || !subject.isEmpty()
                && !Lexicon.PRONOUNS.contains(subject) && !subject.equals("that") && !subject.equals("they");
    }

    /** A cheap test before the non-claim pattern: words every refusal contains. */
    private static boolean mayBeNonClaim(String s) {
        return s.contains("comment") || s.contains(" not ") || s.contains("declin") || s.contains("refus")
                || s.contains("reach") || s.contains("respon") || s.contains("repl") || s.contains("no immediate");
    }

    /** An attribution that names its source: resolve it (and the source relaying it) and remember who spoke. */
    private ClaimDraft.Speech namedSpeech(String core, Attribution.Attr a) {
        Coreference.Resolved who = SourceResolver.ofAttribution(coref, core, a);
        String via = null;
        if (a.viaStart() >= 0) {
            Coreference.Resolved v = SourceResolver.resolve(coref, core.substring(a.viaStart(), a.viaEnd()), "");
            coref.spoke(v);
            via = v.claimant().equals(who.claimant()) ? null : v.claimant();
        }
        coref.spoke(who);
        return new ClaimDraft.Speech(who, a.cue(), via, a.quote());
    }

    /**
     * A bare quotation: its speaker is named in a following sentence, or it continues the speaker of this
     * paragraph, the last quotation's speaker, or the speaker of the paragraph before; null when nobody fits.
     */
    private ClaimDraft.Speech continuedSpeech(int i, String core, Attribution.Attr a) {
        Coreference.Resolved ahead = a.quote() ? speakerAhead(i, core) : null;
        if (ahead != null) {
            return new ClaimDraft.Speech(ahead, "said", null, a.quote()); // "'... Nobody came,' said Lina Park"
        }
        int paragraph = spans.get(i).paragraph();
        Voice v;
        if (speaker != null && paragraph == speaker.paragraph()) {
            v = speaker;
        } else if (quoted != null && paragraph - quoted.paragraph() <= 1) {
            v = quoted;
        } else if (speaker != null && paragraph - speaker.paragraph() <= 1 && startsParagraph(i)) {
            v = speaker; // a quote-only paragraph continues the speaker of the paragraph before
        } else {
            return null;
        }
        return new ClaimDraft.Speech(v.who(), v.cue(), null, a.quote());
    }

    /**
     * A quotation that opens a sentence and stays open at its end: the speaker named after the closing quote of a
     * following sentence of the same paragraph (up to three sentences on), or null.
     */
    private Coreference.Resolved speakerAhead(int i, String core) {
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

    /** The content [start, end) as claims: one, or one per participle (", noting ...") that opens a further claim. */
    private void emit(int start, int end, String sentence, ClaimDraft.Speech speech) {
        if (end - start < 3) {
            return;
        }
        Matcher p = PARTICIPLE.matcher(text.substring(start, end));
        int from = 0;
        ClaimDraft.Speech part = speech;
        while (p.find()) {
            String word = p.group(1);
            boolean clause = Lexicon.SPEECH_PARTICIPLES.contains(word) || p.group(2) != null;
            ClaimBuilder.add(out, text, new ClaimDraft(start + from, start + p.start(), sentence, part));
            from = clause ? p.end() : p.start(1);
            part = part.withCue(word); // ", noting ...": a further claim whose cue is the participle
        }
        ClaimBuilder.add(out, text, new ClaimDraft(start + from, end, sentence, part));
    }

    private boolean startsParagraph(int i) {
        return i == 0 || spans.get(i - 1).paragraph() != spans.get(i).paragraph();
    }

    /** Whether the next sentence is an agency or photo tag alone ("(Reuters)"). */
    private boolean nextIsTag(int i) {
        if (i + 1 >= spans.size()) {
            return false;
        }
        Sentences.Span next = spans.get(i + 1);
        return text.charAt(next.start()) == '(' && Boilerplate.isTagOnly(text.substring(next.start(), next.end()));
    }
}
