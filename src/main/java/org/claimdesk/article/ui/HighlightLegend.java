package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Texts;
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
        getElement().setAttribute("aria-label", Texts.t("article.HighlightLegend.highlight-colours"));
        add(new Span(Texts.t("article.HighlightLegend.highlights")));
        add(entry("type-statistic", Texts.t("article.HighlightLegend.statistic")));
        add(entry("type-prediction", Texts.t("article.HighlightLegend.prediction")));
        add(entry("type-quote", Texts.t("article.HighlightLegend.direct-quote")));
        add(entry("type-event", Texts.t("article.HighlightLegend.event")));
        add(entry("marked", Texts.t("article.HighlightLegend.picked-claim")));
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
