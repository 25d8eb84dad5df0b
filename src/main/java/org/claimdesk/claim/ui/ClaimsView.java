package org.claimdesk.claim.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.security.Role;
import org.claimdesk.claim.ArticleRef;
import org.claimdesk.claim.ClaimCount;
import org.claimdesk.claim.ClaimFilter;
import org.claimdesk.claim.ClaimLimits;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimSort;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.extraction.ClaimType;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.Locale;

/**
 * Every claim across all articles, filtered and sorted in the database, a page at a time. The filters live in the
 * URL (see {@link ClaimsUrl}): read on entering, written back on every change, so the list survives navigating away
 * and back and a filtered list can be shared as a link.
 */
@Route("claims")
@PageTitle("Claims | ClaimDesk")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class ClaimsView extends VerticalLayout implements BeforeEnterObserver {

    final TextField search = new TextField();
    final Select<ClaimStatus> status = new Select<>();
    final Select<ClaimType> type = new Select<>();
    final ComboBox<ArticleRef> article = new ComboBox<>();
    final Grid<ClaimSummary> grid = new Grid<>(ClaimSummary.class, false);
    /** The other modules' tools for the selected claims; hidden when the user has none. */
    final HorizontalLayout selectionTools = new HorizontalLayout();
    /** "1,234 claims", or "10,000+ claims — refine the search" when counting stopped at the cap. */
    final Span total = new Span();
    private final ClaimService claims;
    /** Set while the filters are filled from the URL, so that doing so neither rewrites the URL nor refetches per field. */
    private boolean restoring;

    public ClaimsView(ClaimService claims, ObjectProvider<ClaimSelectionTools> tools,
                      ObjectProvider<ClaimsViewTools> viewTools) {
        this.claims = claims;
        setSizeFull();

        search.setId("claim-search");
        search.setPlaceholder("Search claims and claimants");
        search.setClearButtonVisible(true);
        search.setMaxLength(ClaimLimits.MAX_QUERY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);

        status.setId("claim-status-filter");
        status.setPlaceholder("Any status");
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : StatusBadge.label(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");

        type.setId("claim-type-filter");
        type.setPlaceholder("Any type");
        type.setItems(ClaimType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");

        article.setId("claim-article-filter");
        article.setPlaceholder("Any article");
        article.setClearButtonVisible(true);
        article.setItemLabelGenerator(ArticleRef::title);
        article.setItems(q -> claims.articleOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        article.setWidth("18rem");

        grid.setId("claims-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> "#" + c.id()).setKey("id").setHeader("ID").setFlexGrow(0).setWidth("6rem");
        // the claim's words get 16rem at least (a column never shrinks below its width: a narrow grid scrolls sideways)
        grid.addColumn(ClaimSummary::text).setHeader("Claim").setFlexGrow(5).setWidth("16rem")
                .setSortProperty(ClaimSort.TEXT.name());
        grid.addColumn(ClaimSummary::claimant).setHeader("Claimant").setFlexGrow(2)
                .setSortProperty(ClaimSort.CLAIMANT.name());
        grid.addColumn(c -> c.type().name()).setHeader("Type").setFlexGrow(0).setWidth("9rem").setSortProperty(ClaimSort.TYPE.name());
        grid.addColumn(StatusBadge.renderer(ClaimSummary::status)).setKey("status")
                .setHeader("Status").setFlexGrow(0).setWidth("11rem")
                .setSortProperty(ClaimSort.STATUS.name());
        grid.addColumn(ClaimSummary::articleTitle).setHeader("Article").setFlexGrow(2)
                .setSortProperty(ClaimSort.ARTICLE.name());
        grid.addColumn(ClaimSummary::figures).setHeader("Figures").setFlexGrow(2);
        // a link, not a row click: the grid fires no row click for a focusable element in a cell, so this opens the
        // article with the claim marked (ArticleView reads ?claim=) while a click elsewhere opens the claim page
        grid.addColumn(LitRenderer.<ClaimSummary>of(
                        "<a class='open-in-article' href='${item.articleHref}'>Open in article</a>")
                        .withProperty("articleHref", ClaimsView::articleHref))
                .setKey("open-in-article").setHeader("").setFlexGrow(0).setWidth("9rem");
        grid.setItems(query -> {
            ClaimSort sort = null; // none chosen: the best matches of a search first, else the newest
            boolean ascending = false;
            for (QuerySortOrder order : query.getSortOrders()) {
                sort = ClaimSort.valueOf(order.getSorted());
                ascending = order.getDirection() == SortDirection.ASCENDING;
                break;
            }
            return claims.page(filter(), query.getPage(), query.getPageSize(), sort, ascending).stream();
        }, query -> showTotal(claims.countUpTo(filter()))).setIdentifierProvider(ClaimSummary::id); // a re-read row stays selected
        grid.setEmptyStateText("No claims match these filters.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().id())));

        search.addValueChangeListener(e -> filterChanged());
        status.addValueChangeListener(e -> filterChanged());
        type.addValueChangeListener(e -> filterChanged());
        article.addValueChangeListener(e -> filterChanged());

        selectionTools.setId("claims-selection-tools");
        selectionTools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.orderedStream().flatMap(t -> t.create(this::selectedIds, this::afterChange).stream())
                .forEach(selectionTools::add);
        selectionTools.setVisible(selectionTools.getComponentCount() > 0);
        if (selectionTools.isVisible()) {
            // a box per row selects; a click elsewhere on the row still opens the claim
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> selectionTools.setEnabled(!e.getAllSelectedItems().isEmpty()));
            selectionTools.setEnabled(false);
        }

        HorizontalLayout filters = new HorizontalLayout(search, status, type, article);
        viewTools.orderedStream().flatMap(t -> t.create(this::filter).stream()).forEach(filters::add);
        filters.setWidthFull();
        filters.addClassName("claims-filters"); // wraps on a narrow screen (claimdesk.css)
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.expand(search);
        total.setId("claims-total");
        add(new H2("Claims"), filters, selectionTools, total, grid);
        expand(grid);
    }

    /** Fills the filters from the URL; a value that is not one of the choices leaves its filter empty. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            String q = ClaimsUrl.first(params, ClaimsUrl.QUERY);
            search.setValue(q == null ? "" : q.length() > ClaimLimits.MAX_QUERY ? q.substring(0, ClaimLimits.MAX_QUERY) : q);
            status.setValue(ClaimsUrl.choice(ClaimStatus.class, ClaimsUrl.first(params, ClaimsUrl.STATUS)));
            type.setValue(ClaimsUrl.choice(ClaimType.class, ClaimsUrl.first(params, ClaimsUrl.TYPE)));
            Long articleId = ClaimsUrl.id(ClaimsUrl.first(params, ClaimsUrl.ARTICLE));
            article.setValue(articleId == null ? null : claims.articleRef(articleId).orElse(null));
        } finally {
            restoring = false;
        }
        refresh();
    }

    static String articleHref(ClaimSummary c) {
        return "articles/" + c.articleId() + "?claim=" + c.id();
    }

    ClaimFilter filter() {
        return new ClaimFilter(search.getValue(), status.getValue(), type.getValue(),
                article.getValue() == null ? null : article.getValue().id());
    }

    List<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(ClaimSummary::id).sorted().toList();
    }

    private void afterChange() {
        grid.deselectAll();
        refresh();
    }

    /**
     * Shows the count and gives it to the grid. A capped count gives the grid the cap, so scrolling never asks
     * for a page beyond it (the service refuses those: a deep offset reads every row before it).
     */
    private int showTotal(ClaimCount count) {
        total.setText(count.atLeast()
                ? String.format(Locale.ENGLISH, "%,d+ claims — refine the search", count.value())
                : String.format(Locale.ENGLISH, "%,d %s", count.value(), count.value() == 1 ? "claim" : "claims"));
        return (int) count.value();
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        refresh();
        // replace, not push: each keystroke in the search is no step for the Back button
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ClaimsUrl.PATH, ClaimsUrl.of(filter()))));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
