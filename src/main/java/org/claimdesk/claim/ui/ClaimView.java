package org.claimdesk.claim.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.claim.ClaimContext;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.QuantityView;
import org.claimdesk.shared.NotFoundException;

import java.util.Optional;

/** One claim: what is claimed, by whom, in which words of the article, with which figures. */
@Route("claims/:claimId")
@PageTitle("Claim | ClaimDesk")
@RolesAllowed({"ADMIN", "EDITOR", "FACT_CHECKER"})
public class ClaimView extends VerticalLayout implements BeforeEnterObserver {

    private final ClaimService claims;
    ClaimDetails claim;

    public ClaimView(ClaimService claims) {
        this.claims = claims;
        addClassName("claim-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("claimId").flatMap(ClaimView::parseId);
        try {
            if (id.isEmpty()) {
                throw new NotFoundException("Claim", event.getRouteParameters().get("claimId").orElse(""));
            }
            claim = claims.get(id.get());
            show(claim, claims.context(claim.id()));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    private void show(ClaimDetails c, ClaimContext context) {
        removeAll();
        H2 text = new H2(c.text());
        text.setId("claim-text");
        add(text);

        Div facts = new Div();
        facts.addClassName("claim-facts");
        fact(facts, "Claimant", c.claimant(), "claim-claimant");
        fact(facts, "Described as", c.claimantDescription(), "claim-description");
        fact(facts, "Cue", c.cue(), "claim-cue");
        fact(facts, "Via", c.via(), "claim-via");
        fact(facts, "Type", c.type().name(), "claim-type");
        fact(facts, "Status", c.status().name(), "claim-status");
        fact(facts, "Check-worthiness", String.format("%.2f", c.checkWorthiness()), "claim-worthiness");
        if (!c.hedges().isEmpty()) {
            fact(facts, "Hedges", String.join(", ", c.hedges()), "claim-hedges");
        }
        add(facts);

        if (!c.quantities().isEmpty()) {
            add(new H3("Figures"));
            Div figures = new Div();
            figures.setId("claim-figures");
            for (QuantityView q : c.quantities()) {
                Div row = new Div(new Span(q.text()), new Span(" → " + (q.approximate() ? "about " : "")
                        + format(q.value()) + (q.unit() == null ? "" : " " + q.unit())));
                row.addClassName("figure");
                figures.add(row);
            }
            add(figures);
        }

        add(new H3("In the article"));
        // Text nodes only: the article's words are never interpreted as HTML.
        Div passage = new Div();
        passage.setId("claim-context");
        passage.addClassName("claim-context");
        passage.add(new Text(context.passage().substring(0, context.spanStart())));
        Span span = new Span(context.passage().substring(context.spanStart(), context.spanEnd()));
        span.addClassName("claim-span");
        span.addClassName("marked");
        passage.add(span);
        passage.add(new Text(context.passage().substring(context.spanEnd())));
        add(passage);

        Anchor article = new Anchor("articles/" + c.articleId() + "?claim=" + c.id(), "Open in article: " + c.articleTitle());
        article.setId("claim-article-link");
        add(article);
    }

    private static void fact(Div facts, String label, String value, String id) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        v.setId(id);
        Div row = new Div(l, v);
        row.addClassName("fact");
        facts.add(row);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.valueOf(v);
    }

    private static Optional<Long> parseId(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
