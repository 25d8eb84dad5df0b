package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Notices;
import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class ArticlesView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter IMPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final TextField search = new TextField();
    final Grid<ArticleSummary> grid = new Grid<>(ArticleSummary.class, false);
    final Button importButton = new Button(Texts.t("article.ArticlesView.import-article"), VaadinIcon.UPLOAD.create());
    private static final Logger log = LoggerFactory.getLogger(ArticlesView.class);
    private final ArticleService articles;
    private final ImportJobs importJobs;

    public ArticlesView(ArticleService articles, ImportJobs importJobs) {
        this.articles = articles;
        this.importJobs = importJobs;
        setSizeFull();

        search.setId("article-search");
        search.setPlaceholder(Texts.t("article.ArticlesView.search-by-title"));
        search.setClearButtonVisible(true);
        search.setMaxLength(ArticleLimits.MAX_QUERY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        importButton.setId("import-article");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> openImportDialog());

        grid.setId("articles-grid");
        grid.addColumn(ArticleSummary::title).setHeader(Texts.t("article.ArticlesView.title")).setFlexGrow(4)
                .setSortProperty(ArticleSort.TITLE.name());
        grid.addColumn(ArticleSummary::publisher).setHeader(Texts.t("article.ArticlesView.publisher")).setFlexGrow(2)
                .setSortProperty(ArticleSort.PUBLISHER.name());
        grid.addColumn(ArticleSummary::publishedAt).setHeader(Texts.t("article.ArticlesView.published")).setFlexGrow(1)
                .setSortProperty(ArticleSort.PUBLISHED.name());
        grid.addColumn(ArticleSummary::claimCount).setHeader(Texts.t("article.ArticlesView.claims")).setFlexGrow(0).setWidth("7rem");
        grid.addColumn(ArticleSummary::importedBy).setHeader(Texts.t("article.ArticlesView.imported-by")).setFlexGrow(1);
        grid.addColumn(a -> IMPORTED_AT.format(a.importedAt())).setHeader(Texts.t("article.ArticlesView.imported")).setFlexGrow(1)
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
        grid.setEmptyStateText(Texts.t("article.ArticlesView.no-articles-yet-import-one"));

        HorizontalLayout toolbar = new HorizontalLayout(new H2(Texts.t("article.ArticlesView.articles")), search, importButton);
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
            dialog.showError(Texts.t("article.ArticlesView.import-failed"));
        } else if (outcome.created() != null) {
            ArticleDetails created = outcome.created();
            dialog.close();
            Notices.success(Texts.t("article.ArticlesView.imported-with", created.claims().size()));
            getUI().ifPresent(ui -> ui.navigate("articles/" + created.id()));
        } else if (outcome.refusal() instanceof DuplicateArticleException dup) {
            dialog.showAlreadyImported(dup.getMessage(), dup.existingId(), outcome.existingTitle());
        } else if (outcome.refusal() instanceof InputRejectedException rejected) {
            dialog.showRejection(rejected);
        } else {
            dialog.showError(outcome.refusal().getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("article.ArticlesView.page-title");
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
