package org.claimdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an article that frame its sentences and assert nothing: headlines, bylines, datelines
 * ("SEOUL, Nov 6 --"), agency tags ("(Reuters)") and photo captions.
 */
final class Boilerplate {

    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?(?: \\d{1,2})?"
                    + "(?:,? ?\\([^)]{1,40}\\))?(?:\\s*(?:--|\u2014|\u2013)\\s*|\\s+-\\s+)");
    private static final Pattern TAG = Pattern.compile("\\s*\\((?:[A-Z][\\w&.]*(?: [A-Z][\\w&.]*){0,3}|[A-Z]+)\\)\\s*$");
    private static final Pattern TAG_ONLY = Pattern.compile("^\\((?:[\\w&.]+(?: [\\w&.]+){0,3})\\)\\.?$");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Reporting by|Editing by) [A-Z]");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)\\b(speaks during|speaks at|speaks to|poses|is seen|are seen|shown|pictured|looks on|gestures|waves"
                    + "|attends|arrives|in this photo|file photo|photo provided|photo taken|courtesy of)\\b");

    private Boilerplate() {
    }

    /** "(Reuters)" alone, or a short "By Jane Doe" line. */
    static boolean isTagOrByline(String sentence) {
        return isTagOnly(sentence) || BYLINE.matcher(sentence).find() && sentence.length() < 80;
    }

    static boolean isTagOnly(String sentence) {
        return TAG_ONLY.matcher(sentence).matches();
    }

    /** Where an agency tag closing the sentence starts ("... on Tuesday. (AP)"), or -1. */
    static int agencyTagAt(String sentence) {
        int paren = sentence.endsWith(")") ? sentence.lastIndexOf('(') : -1;
        if (paren < 0) {
            return -1;
        }
        Matcher tag = TAG.matcher(sentence).region(Math.max(0, paren - 3), sentence.length());
        return tag.find() ? tag.start() : -1;
    }

    /** A short line alone in its paragraph without closing punctuation. */
    static boolean isHeadline(String text, List<Sentences.Span> spans, int i) {
        Sentences.Span span = spans.get(i);
        char last = text.charAt(span.end() - 1);
        boolean terminal = ".!?\"\u201D'\u2019)".indexOf(last) >= 0;
        boolean alone = (i == 0 || spans.get(i - 1).paragraph() != span.paragraph())
                && (i + 1 >= spans.size() || spans.get(i + 1).paragraph() != span.paragraph());
        return !terminal && alone && span.end() - span.start() < 200;
    }

    /** The length of the dateline that opens the sentence [cs, ce) of {@code text}, or 0. */
    static int datelineLength(String text, int cs, int ce) {
        if (!mayHaveDateline(text, cs, ce)) {
            return 0;
        }
        Matcher dl = DATELINE.matcher(text.substring(cs, Math.min(ce, cs + 90)));
        return dl.find() && dl.end() < ce - cs && isDateline(dl.group()) ? dl.end() : 0;
    }

    /** A photo caption: only asked of sentences next to an agency or photo tag. */
    static boolean isCaption(String sentence) {
        return CAPTION.matcher(sentence).find();
    }

    /** A cheap test before the dateline pattern: a dash within the first 90 characters. */
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

    /** A dateline has an all-caps place, a date or an agency in parentheses. */
    private static boolean isDateline(String d) {
        String place = d.split("[,(]")[0].replaceAll("[-\u2014\u2013]", "").strip();
        return place.equals(place.toUpperCase(Locale.ROOT)) || d.matches(".*(\\d|\\().*");
    }
}
