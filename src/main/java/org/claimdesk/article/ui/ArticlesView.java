package org.claimdesk.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleLimits;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSort;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.article.DuplicateArticleException;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

/** All imported articles, newest first, searchable by title; the place to import a new one. */
@Route("articles")
@PageTitle("Articles | ClaimDesk")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class ArticlesView extends VerticalLayout {

    static final DateTimeFormatter IMPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final TextField search = new TextField();
    final Grid<ArticleSummary> grid = new Grid<>(ArticleSummary.class, false);
    final Button importButton = new Button("Import article", VaadinIcon.UPLOAD.create());
    private static final Logger log = LoggerFactory.getLogger(ArticlesView.class);
    private final ArticleService articles;
    private final ImportJobs importJobs;

    public ArticlesView(ArticleService articles, ImportJobs importJobs) {
        this.articles = articles;
        this.importJobs = importJobs;
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
            UI ui = UI.getCurrent();
            // off the UI thread, so the dialog shows its progress while extraction runs on a long text
            CompletableFuture<ImportOutcome> job = importJobs.start(() -> importNow(e.article()));
            // the dialog follows the future that ends once the outcome is handed to the UI (what tests wait for)
            dialog.importing(job.whenComplete((outcome, failure) -> {
                try {
                    ui.access(() -> showOutcome(dialog, outcome, failure));
                } catch (UIDetachedException closed) {
                    // the user closed the tab: the import is stored all the same
                }
            }));
        });
        add(dialog);
        dialog.open();
    }

    /** Runs in the background as the importer. */
    private ImportOutcome importNow(ArticleImport article) {
        try {
            return ImportOutcome.imported(articles.importArticle(article));
        } catch (DuplicateArticleException dup) {
            return ImportOutcome.refused(dup, titleOf(dup.existingId()));
        } catch (ConflictException | InputRejectedException refused) {
            return ImportOutcome.refused(refused, null);
        }
    }

    private void showOutcome(ImportArticleDialog dialog, ImportOutcome outcome, Throwable failure) {
        dialog.importEnded();
        if (failure != null) {
            log.warn("An article import failed", failure);
            dialog.showError("The import failed: please try again. Your input is kept.");
        } else if (outcome.created() != null) {
            ArticleDetails created = outcome.created();
            dialog.close();
            Notification.show("Imported with " + created.claims().size() + " claims", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("articles/" + created.id()));
        } else if (outcome.refusal() instanceof DuplicateArticleException dup) {
            dialog.showAlreadyImported(dup.getMessage(), dup.existingId(), outcome.existingTitle());
        } else if (outcome.refusal() instanceof InputRejectedException rejected) {
            dialog.showRejection(rejected);
        } else {
            dialog.showError(outcome.refusal().getMessage());
        }
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
