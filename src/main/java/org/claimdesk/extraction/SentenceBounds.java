package org.claimdesk.extraction;

import java.util.List;

/**
 * The sentence(s) around a span of article text, found with the engine's own sentence splitter (abbreviations,
 * quotes, list items and paragraphs handled as in extraction), for claims a fact-checker adds, splits or merges.
 */
public final class SentenceBounds {

    private SentenceBounds() {
    }

    /** The whole sentences that the span {@code [start, end)} touches; the span itself when it lies in none. */
    public static String around(String text, int start, int end) {
        List<Sentences.Span> sentences = Sentences.split(text);
        int from = -1;
        int to = -1;
        for (Sentences.Span s : sentences) {
            if (s.end() > start && s.start() < Math.max(end, start + 1)) {
                from = from < 0 ? s.start() : from;
                to = s.end();
            }
        }
        return from < 0 ? text.substring(start, end).strip() : text.substring(Math.min(from, start), Math.max(to, end)).strip();
    }
}
