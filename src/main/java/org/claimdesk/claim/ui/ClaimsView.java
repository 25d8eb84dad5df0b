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
import com.vaadin.flow.router.RouteAlias;
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

/** Every claim across all articles, filtered and sorted in the database, a page at a time. */
@Route("claims")
@RouteAlias("")
@PageTitle("Claims | ClaimDesk")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class ClaimsView extends VerticalLayout {

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
        grid.addColumn(ClaimSummary::text).setHeader("Claim").setFlexGrow(5).setSortProperty(ClaimSort.TEXT.name());
        grid.addColumn(ClaimSummary::claimant).setHeader("Claimant").setFlexGrow(2)
                .setSortProperty(ClaimSort.CLAIMANT.name());
        grid.addColumn(c -> c.type().name()).setHeader("Type").setFlexGrow(0).setWidth("9rem").setSortProperty(ClaimSort.TYPE.name());
        grid.addColumn(StatusBadge.renderer(ClaimSummary::status)).setKey("status")
                .setHeader("Status").setFlexGrow(0).setWidth("11rem")
                .setSortProperty(ClaimSort.STATUS.name());
        grid.addColumn(ClaimSummary::articleTitle).setHeader("Article").setFlexGrow(2)
                .setSortProperty(ClaimSort.ARTICLE.name());
        grid.addColumn(ClaimSummary::figures).setHeader("Figures").setFlexGrow(2);
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

        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        article.addValueChangeListener(e -> refresh());

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
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.expand(search);
        total.setId("claims-total");
        add(new H2("Claims"), filters, selectionTools, total, grid);
        expand(grid);
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

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
