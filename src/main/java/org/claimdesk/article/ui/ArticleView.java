package org.claimdesk.article.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.QuantityView;
import org.claimdesk.shared.NotFoundException;

import java.util.List;
import java.util.Optional;

/** One article: its text with every claim's span highlighted, and its claims beside it. */
@Route("articles/:articleId")
@RolesAllowed({"ADMIN", "EDITOR", "FACT_CHECKER"})
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    final Grid<ClaimDetails> claims = new Grid<>(ClaimDetails.class, false);
    HighlightedText text;
    private String title = "Article";

    public ArticleView(ArticleService articles) {
        this.articles = articles;
        setSizeFull();
        claims.setId("article-claims");
        claims.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        claims.addComponentColumn(ArticleView::claimCell).setHeader("Claims").setFlexGrow(1);
        claims.addColumn(c -> c.type().name()).setHeader("Type").setWidth("8rem").setFlexGrow(0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("articleId").flatMap(ArticleView::parseId);
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such article");
            return;
        }
        ArticleDetails article;
        try {
            article = articles.get(id.get());
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        show(article);
        event.getLocation().getQueryParameters().getSingleParameter("claim").flatMap(ArticleView::parseId)
                .flatMap(cid -> article.claims().stream().filter(c -> c.id() == cid).findFirst())
                .ifPresent(claims::select);
    }

    private void show(ArticleDetails article) {
        removeAll();
        title = article.title();
        H2 heading = new H2(article.title());
        heading.setId("article-title");
        HorizontalLayout meta = new HorizontalLayout();
        meta.addClassName("article-meta");
        if (article.publisher() != null) {
            meta.add(new Span(article.publisher()));
        }
        if (article.publishedAt() != null) {
            meta.add(new Span(article.publishedAt().toString()));
        }
        if (article.url() != null) {
            // Only http(s) links are ever stored (the import service checks), so the link is safe to follow.
            Anchor source = new Anchor(article.url(), "Source");
            source.setTarget("_blank");
            source.getElement().setAttribute("rel", "noopener noreferrer");
            meta.add(source);
        }
        meta.add(new Span("Imported by " + article.importedBy()));
        meta.add(new Span(article.claims().size() + " claims"));

        text = new HighlightedText(article.text(), article.claims(), id ->
                article.claims().stream().filter(c -> c.id() == id).findFirst().ifPresent(claims::select));
        claims.setItems(article.claims());
        claims.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(c -> text.mark(c.id())));
        claims.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().id())));

        Div textPane = new Div(text);
        textPane.addClassName("text-pane");
        SplitLayout split = new SplitLayout(textPane, claims);
        split.setSizeFull();
        split.setSplitterPosition(55);
        add(heading, meta, split);
        expand(split);
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
            who.append(" · via ").append(c.via());
        }
        Div claimant = new Div(who.toString());
        claimant.addClassName("claimant");
        cell.add(text, claimant);
        List<QuantityView> quantities = c.quantities();
        if (!quantities.isEmpty()) {
            Div figures = new Div(String.join("; ", quantities.stream().map(ArticleView::figure).toList()));
            figures.addClassName("figures");
            cell.add(figures);
        }
        Anchor open = new Anchor("claims/" + c.id(), "Open claim");
        open.addClassName("open-claim");
        cell.add(open);
        return cell;
    }

    static String figure(QuantityView q) {
        String value = q.value() == Math.rint(q.value()) && Math.abs(q.value()) < 1e15
                ? String.format("%,d", (long) q.value()) : String.valueOf(q.value());
        return q.text() + " = " + (q.approximate() ? "~" : "") + value + (q.unit() == null ? "" : " " + q.unit());
    }

    private static Optional<Long> parseId(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | ClaimDesk";
    }
}
