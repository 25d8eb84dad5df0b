package org.claimdesk.claim.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class ClaimsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final Select<ClaimStatus> status = new Select<>();
    final Select<ClaimType> type = new Select<>();
    final ComboBox<ArticleRef> article = new ComboBox<>();
    final Grid<ClaimSummary> grid = new Grid<>(ClaimSummary.class, false);
    /** The other modules' tools for the selected claims; hidden when the user has none. */
    final HorizontalLayout selectionTools = new HorizontalLayout();
    /** "1,234 claims", or "10,000+ claims — refine the search" when counting stopped at the cap. */
    final Span total = new Span();
    /** The verdict's rating the list is narrowed to (from the URL), and its removable chip. */
    private String rating;
    final Span ratingChip = new Span();
    /** The week of the verdict the list is narrowed to (from the URL: the dashboard's weekly line), and its chip. */
    private java.time.LocalDate verdictWeek;
    final Span weekChip = new Span();
    private final ClaimService claims;
    /** Set while the filters are filled from the URL, so that doing so neither rewrites the URL nor refetches per field. */
    private boolean restoring;

    public ClaimsView(ClaimService claims, ObjectProvider<ClaimSelectionTools> tools,
                      ObjectProvider<ClaimsViewTools> viewTools) {
        this.claims = claims;
        setSizeFull();

        search.setId("claim-search");
        search.setPlaceholder(Texts.t("claim.ClaimsView.search-claims-and-claimants"));
        search.setClearButtonVisible(true);
        search.setMaxLength(ClaimLimits.MAX_QUERY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);

        status.setId("claim-status-filter");
        status.setPlaceholder(Texts.t("claim.ClaimsView.any-status"));
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(s -> s == null ? Texts.t("claim.ClaimsView.any-status") : StatusBadge.label(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(Texts.t("claim.ClaimsView.any-status"));

        type.setId("claim-type-filter");
        type.setPlaceholder(Texts.t("claim.ClaimsView.any-type"));
        type.setItems(ClaimType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(Texts.t("claim.ClaimsView.any-type"));

        article.setId("claim-article-filter");
        article.setPlaceholder(Texts.t("claim.ClaimsView.any-article"));
        article.setClearButtonVisible(true);
        article.setItemLabelGenerator(ArticleRef::title);
        article.setItems(q -> claims.articleOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        article.setWidth("18rem");

        grid.setId("claims-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> "#" + c.id()).setKey("id").setHeader(Texts.t("claim.ClaimsView.id")).setFlexGrow(0).setWidth("6rem");
        // the claim's words get 16rem at least (a column never shrinks below its width: a narrow grid scrolls sideways)
        grid.addColumn(ClaimSummary::text).setHeader(Texts.t("claim.ClaimsView.claim")).setFlexGrow(5).setWidth("16rem")
                .setSortProperty(ClaimSort.TEXT.name());
        grid.addColumn(ClaimSummary::claimant).setHeader(Texts.t("claim.ClaimsView.claimant")).setFlexGrow(2)
                .setSortProperty(ClaimSort.CLAIMANT.name());
        grid.addColumn(c -> c.type().name()).setHeader(Texts.t("claim.ClaimsView.type")).setFlexGrow(0).setWidth("9rem").setSortProperty(ClaimSort.TYPE.name());
        grid.addColumn(StatusBadge.renderer(ClaimSummary::status)).setKey("status")
                .setHeader(Texts.t("claim.ClaimsView.status")).setFlexGrow(0).setWidth("11rem")
                .setSortProperty(ClaimSort.STATUS.name());
        grid.addColumn(ClaimSummary::articleTitle).setHeader(Texts.t("claim.ClaimsView.article")).setFlexGrow(2)
                .setSortProperty(ClaimSort.ARTICLE.name());
        grid.addColumn(ClaimSummary::figures).setHeader(Texts.t("claim.ClaimsView.figures")).setFlexGrow(2);
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
        grid.setEmptyStateText(Texts.t("claim.ClaimsView.no-claims-match-these-filters"));
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

        ratingChip.setId("claim-rating-filter");
        ratingChip.addClassName("filter-chip");
        ratingChip.setVisible(false);
        weekChip.setId("claim-week-filter");
        weekChip.addClassName("filter-chip");
        weekChip.setVisible(false);
        HorizontalLayout filters = new HorizontalLayout(search, status, type, article, ratingChip, weekChip);
        viewTools.orderedStream().flatMap(t -> t.create(this::filter).stream()).forEach(filters::add);
        filters.setWidthFull();
        filters.addClassName("claims-filters"); // wraps on a narrow screen (claimdesk.css)
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.expand(search);
        total.setId("claims-total");
        add(new H2(Texts.t("claim.ClaimsView.claims")), filters, selectionTools, total, grid);
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
            showRating(ClaimsUrl.rating(ClaimsUrl.first(params, ClaimsUrl.RATING)));
            showWeek(ClaimsUrl.monday(ClaimsUrl.first(params, ClaimsUrl.VERDICT_WEEK)));
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
                article.getValue() == null ? null : article.getValue().id(), rating, verdictWeek);
    }

    /**
     * The rating filter comes only from a link (the dashboard's rating chart): it shows as a chip that removes it,
     * since the ratings' labels belong to the evidence module.
     */
    private void showRating(String name) {
        rating = name;
        showChip(ratingChip, name == null ? null : Texts.t("claim.ClaimsView.rating-filter",
                name.replace('_', ' ').toLowerCase(Locale.ROOT)), "claim-rating-filter-remove",
                "claim.ClaimsView.remove-rating-filter", () -> showRating(null));
    }

    /** The verdict week filter, from the dashboard's weekly line, likewise a chip. */
    private void showWeek(java.time.LocalDate monday) {
        verdictWeek = monday;
        showChip(weekChip, monday == null ? null : Texts.t("claim.ClaimsView.week-filter", monday.toString()),
                "claim-week-filter-remove", "claim.ClaimsView.remove-week-filter", () -> showWeek(null));
    }

    /** A filter set only by a link: its words and a button that clears it (hidden when {@code text} is null). */
    private void showChip(Span chip, String text, String removeId, String removeLabelKey, Runnable clear) {
        chip.removeAll();
        chip.setVisible(text != null);
        if (text != null) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                clear.run();
                filterChanged();
            });
            remove.setId(removeId);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(Texts.t(removeLabelKey));
            chip.add(new Span(text), remove);
        }
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
                ? Texts.t("claim.ClaimsView.total-capped", count.value())
                : Texts.t("claim.ClaimsView.total", count.value()));
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

    @Override
    public String getPageTitle() {
        return Texts.t("claim.ClaimsView.title");
    }
}
