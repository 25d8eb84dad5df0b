package org.claimdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.security.Role;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleLimits;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSort;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.article.DuplicateArticleException;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** All imported articles, newest first, searchable by title; the place to import a new one. */
@Route("articles")
@PageTitle("Articles | ClaimDesk")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class ArticlesView extends VerticalLayout {

    static final DateTimeFormatter IMPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final TextField search = new TextField();
    final Grid<ArticleSummary> grid = new Grid<>(ArticleSummary.class, false);
    final Button importButton = new Button("Import article", VaadinIcon.UPLOAD.create());
    private final ArticleService articles;

    public ArticlesView(ArticleService articles) {
        this.articles = articles;
        setSizeFull();

        search.setId("article-search");
        search.setPlaceholder("Search by title");
        search.setClearButtonVisible(true);
        search.setMaxLength(ArticleLimits.MAX_QUERY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        importButton.setId("import-article");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> openImportDialog());

        grid.setId("articles-grid");
        grid.addColumn(ArticleSummary::title).setHeader("Title").setFlexGrow(4)
                .setSortProperty(ArticleSort.TITLE.name());
        grid.addColumn(ArticleSummary::publisher).setHeader("Publisher").setFlexGrow(2)
                .setSortProperty(ArticleSort.PUBLISHER.name());
        grid.addColumn(ArticleSummary::publishedAt).setHeader("Published").setFlexGrow(1)
                .setSortProperty(ArticleSort.PUBLISHED.name());
        grid.addColumn(ArticleSummary::claimCount).setHeader("Claims").setFlexGrow(0).setWidth("7rem");
        grid.addColumn(ArticleSummary::importedBy).setHeader("Imported by").setFlexGrow(1);
        grid.addColumn(a -> IMPORTED_AT.format(a.importedAt())).setHeader("Imported").setFlexGrow(1)
                .setSortProperty(ArticleSort.IMPORTED.name());
        grid.setItems(query -> {
            ArticleSort sort = ArticleSort.IMPORTED;
            boolean ascending = false;
            for (QuerySortOrder order : query.getSortOrders()) {
                sort = ArticleSort.valueOf(order.getSorted());
                ascending = order.getDirection() == SortDirection.ASCENDING;
                break;
            }
            return articles.list(search.getValue(), query.getPage(), query.getPageSize(), sort, ascending).stream();
        }, query -> (int) articles.count(search.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("articles/" + e.getItem().id())));
        grid.setEmptyStateText("No articles yet: import one.");

        HorizontalLayout toolbar = new HorizontalLayout(new H2("Articles"), search, importButton);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.expand(search);
        add(toolbar, grid);
        expand(grid);
    }

    void openImportDialog() {
        ImportArticleDialog dialog = new ImportArticleDialog(articles.importTeams());
        dialog.addImportListener(e -> {
            try {
                ArticleDetails created = articles.importArticle(e.article());
                dialog.close();
                Notification.show("Imported with " + created.claims().size() + " claims", 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("articles/" + created.id()));
            } catch (DuplicateArticleException dup) {
                dialog.showAlreadyImported(dup.getMessage(), dup.existingId(), titleOf(dup.existingId()));
            } catch (ConflictException conflict) {
                dialog.showError(conflict.getMessage());
            } catch (InputRejectedException rejected) {
                dialog.showRejection(rejected);
            }
        });
        add(dialog);
        dialog.open();
    }

    /** The title of the article that already has the text, or null when it is gone again. */
    private String titleOf(long articleId) {
        try {
            return articles.get(articleId).title();
        } catch (NotFoundException gone) {
            return null;
        }
    }
}
