package org.claimdesk.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Says what the highlight colours of the article text mean: one swatch per claim type that has its own colour,
 * and the outline of the claim picked in the list. Kept beside the text so nobody has to guess.
 */
class HighlightLegend extends Div {

    HighlightLegend() {
        setId("highlight-legend");
        addClassName("highlight-legend");
        getElement().setAttribute("role", "note");
        getElement().setAttribute("aria-label", "Highlight colours");
        add(new Span("Highlights:"));
        add(entry("type-statistic", "Statistic (has a figure)"));
        add(entry("type-prediction", "Prediction"));
        add(entry("type-quote", "Direct quote"));
        add(entry("type-event", "Event or statement"));
        add(entry("marked", "Picked claim"));
    }

    private static Span entry(String swatchClass, String meaning) {
        Span swatch = new Span();
        swatch.addClassNames("legend-swatch", swatchClass);
        Span entry = new Span(swatch, new Span(meaning));
        entry.addClassName("legend-entry");
        entry.getElement().setAttribute("data-swatch", swatchClass);
        return entry;
    }
}
