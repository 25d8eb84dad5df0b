package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.claim.ClaimDetails;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * An article's text with each claim's span highlighted. Built from text nodes and spans, never by
 * rendering article text as HTML, so markup in an article shows as the characters it is.
 */
class HighlightedText extends Div {

    /** The keys that pick a highlighted claim, as a client-side filter (Space's page scroll is stopped in article-page.js). */
    static final String PICK_KEYS = "event.key === 'Enter' || event.key === ' '";
    private static final int LABEL_WORDS_MAX = 160;

    private final Map<Long, Span> spans = new HashMap<>();
    private Span marked;

    HighlightedText(String text, List<ClaimDetails> claims, LongConsumer onClaimClicked) {
        addClassName("article-text");
        setId("article-text");
        int at = 0;
        for (ClaimDetails c : claims.stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList()) {
            int start = Math.max(c.start(), at);   // overlapping spans: the earlier claim keeps the shared part
            int end = Math.min(c.end(), text.length());
            if (start >= end) {
                continue;
            }
            if (start > at) {
                add(new Text(text.substring(at, start)));
            }
            Span span = new Span(text.substring(start, end));
            span.addClassName("claim-span");
            span.addClassName("type-" + c.type().name().toLowerCase());
            span.setId("claim-span-" + c.id());
            span.getElement().setAttribute("title", c.claimant());
            // reachable and selectable by keyboard like a button: Tab to it, Enter or Space picks it
            span.getElement().setAttribute("tabindex", "0");
            span.getElement().setAttribute("role", "button");
            span.getElement().setAttribute("aria-label", label(c));
            span.addClickListener(e -> onClaimClicked.accept(c.id()));
            span.getElement().addEventListener("keydown", e -> onClaimClicked.accept(c.id())).setFilter(PICK_KEYS);
            spans.put(c.id(), span);
            add(span);
            at = end;
        }
        if (at < text.length()) {
            add(new Text(text.substring(at)));
        }
    }

    /** Marks the claim's span and scrolls it into view. */
    void mark(long claimId) {
        if (marked != null) {
            marked.removeClassName("marked");
        }
        marked = spans.get(claimId);
        if (marked != null) {
            marked.addClassName("marked");
            marked.scrollIntoView(ScrollIntoViewOption.Block.CENTER);
        }
    }

    /** What a screen reader says for a highlight: whose claim and its words (an attribute value, never HTML). */
    static String label(ClaimDetails c) {
        String words = c.text().length() <= LABEL_WORDS_MAX ? c.text() : c.text().substring(0, LABEL_WORDS_MAX) + "…";
        return Texts.t("article.HighlightedText.claim-by", c.claimant(), words);
    }

    Span spanOf(long claimId) {
        return spans.get(claimId);
    }

    Span markedSpan() {
        return marked;
    }
}
