package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Texts;
import org.claimdesk.claim.ui.StatusBadge;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.QuantityDetails;

import java.util.List;

/** The claims of one article beside its text: words, claimant, figures, type and status; several can be picked. */
class ArticleClaimsGrid extends Grid<ClaimDetails> {

    ArticleClaimsGrid() {
        super(ClaimDetails.class, false);
        setId("article-claims");
        setSelectionMode(Grid.SelectionMode.MULTI);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addComponentColumn(ArticleClaimsGrid::claimCell).setHeader(Texts.t("article.ArticleClaimsGrid.claims")).setFlexGrow(1);
        addComponentColumn(ArticleClaimsGrid::typeAndStatus).setKey("status").setHeader(Texts.t("article.ArticleClaimsGrid.type-status")).setWidth("10rem").setFlexGrow(0);
    }

    static Div claimCell(ClaimDetails c) {
        Div cell = new Div();
        cell.addClassName("claim-cell");
        Div text = new Div(c.text());
        text.addClassName("claim-text");
        StringBuilder who = new StringBuilder(c.claimant());
        if (c.claimantDescription() != null && !c.claimantDescription().equalsIgnoreCase(c.claimant())) {
            who.append(" (").append(c.claimantDescription()).append(')');
        }
        if (c.cue() != null) {
            who.append(" · ").append(c.cue());
        }
        if (c.via() != null) {
            who.append(" · ").append(Texts.t("article.ArticleClaimsGrid.via", c.via()));
        }
        Div claimant = new Div(who.toString());
        claimant.addClassName("claimant");
        cell.add(text, claimant);
        List<QuantityDetails> quantities = c.quantities();
        if (!quantities.isEmpty()) {
            Div figures = new Div(String.join("; ", quantities.stream().map(ArticleClaimsGrid::figure).toList()));
            figures.addClassName("figures");
            cell.add(figures);
        }
        Anchor open = new Anchor("claims/" + c.id(), Texts.t("article.ArticleClaimsGrid.open-claim"));
        open.addClassName("open-claim");
        cell.add(open);
        return cell;
    }

    private static Div typeAndStatus(ClaimDetails c) {
        Span type = new Span(c.type().name());
        Div cell = new Div(type, new Div(new StatusBadge(c.status())));
        cell.addClassName("type-status");
        return cell;
    }

    static String figure(QuantityDetails q) {
        return q.text() + " = " + (q.approximate() ? "~" : "") + q.formattedValue() + (q.unit() == null ? "" : " " + q.unit());
    }
}
