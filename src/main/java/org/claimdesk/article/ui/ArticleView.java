package org.claimdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.GoldExport;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.QuantityView;
import org.claimdesk.claim.StaleClaimException;
import org.claimdesk.claim.ui.EditClaimDialog;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One article: its text with every claim's span highlighted, its claims beside it, and the tools to correct
 * extraction where the fact-checker sees it (add from a selection, edit, split, merge, delete) and to export
 * the corrected claims as gold data.
 */
@Route("articles/:articleId")
@RolesAllowed({"ADMIN", "EDITOR", "FACT_CHECKER"})
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Reads the selection inside the article text as character offsets into the text (text nodes only). */
    private static final String SELECTION_OFFSETS_JS = """
            const sel = window.getSelection();
            if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
            const r = sel.getRangeAt(0);
            if (!this.contains(r.startContainer) || !this.contains(r.endContainer)) return null;
            const before = document.createRange();
            before.selectNodeContents(this);
            before.setEnd(r.startContainer, r.startOffset);
            const start = before.toString().length;
            return [start, start + r.toString().length];""";

    private final ArticleService articles;
    private final ClaimCorrections corrections;
    private final GoldExport goldExport;

    final Grid<ClaimDetails> claims = new Grid<>(ClaimDetails.class, false);
    final Button addFromSelection = new Button("Add claim from selection", VaadinIcon.PLUS.create());
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button split = new Button("Split", VaadinIcon.SCISSORS.create());
    final Button merge = new Button("Merge", VaadinIcon.COMPRESS.create());
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    final Button deleteArticle = new Button("Delete article", VaadinIcon.TRASH.create());
    HighlightedText text;
    ArticleDetails article;
    private String title = "Article";

    public ArticleView(ArticleService articles, ClaimCorrections corrections, GoldExport goldExport,
                       AuthenticationContext auth) {
        this.articles = articles;
        deleteArticle.setId("delete-article");
        deleteArticle.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        deleteArticle.setVisible(auth.hasAnyRole("EDITOR", "ADMIN")); // the service allows editors only, too
        deleteArticle.addClickListener(e -> confirmDeleteArticle());
        this.corrections = corrections;
        this.goldExport = goldExport;
        setSizeFull();
        claims.setId("article-claims");
        claims.setSelectionMode(Grid.SelectionMode.MULTI);
        claims.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        claims.addComponentColumn(ArticleView::claimCell).setHeader("Claims").setFlexGrow(1);
        claims.addComponentColumn(c -> {
            Span type = new Span(c.type().name());
            Span status = new Span(c.status().name().replace('_', ' '));
            status.addClassName("status-badge");
            status.addClassName("status-" + c.status().name().toLowerCase().replace('_', '-'));
            Div cell = new Div(type, new Div(status));
            cell.addClassName("type-status");
            return cell;
        }).setHeader("Type · status").setWidth("10rem").setFlexGrow(0);
        claims.addSelectionListener(e -> {
            updateTools();
            // the claim picked last is the one marked in the text
            e.getAllSelectedItems().stream().reduce((a, b) -> b).ifPresent(c -> text.mark(c.id()));
        });
        claims.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().id())));

        addFromSelection.setId("add-from-selection");
        addFromSelection.addClickListener(e -> text.getElement().executeJs(SELECTION_OFFSETS_JS).then(result -> {
            if (result == null || !result.isArray() || result.size() != 2) {
                notify("Select the claim's words in the article text first.", true);
            } else {
                openAddDialog(result.get(0).asInt(), result.get(1).asInt());
            }
        }));
        edit.setId("edit-claim");
        edit.addClickListener(e -> single().ifPresent(this::openEditDialog));
        split.setId("split-claim");
        split.addClickListener(e -> single().ifPresent(this::openSplitDialog));
        merge.setId("merge-claims");
        merge.addClickListener(e -> mergeSelected());
        delete.setId("delete-claim");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> single().ifPresent(this::confirmDelete));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("articleId").flatMap(ArticleView::parseId);
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such article");
            return;
        }
        try {
            show(articles.get(id.get()));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("claim").flatMap(ArticleView::parseId)
                .flatMap(cid -> article.claims().stream().filter(c -> c.id() == cid).findFirst())
                .ifPresent(claims::select);
    }

    void reload() {
        show(articles.get(article.id()));
    }

    private void show(ArticleDetails a) {
        removeAll();
        article = a;
        title = a.title();
        H2 heading = new H2(a.title());
        heading.setId("article-title");
        HorizontalLayout meta = new HorizontalLayout();
        meta.addClassName("article-meta");
        if (a.publisher() != null) {
            meta.add(new Span(a.publisher()));
        }
        if (a.publishedAt() != null) {
            meta.add(new Span(a.publishedAt().toString()));
        }
        if (a.url() != null) {
            // Only http(s) links are ever stored (the import service checks), so the link is safe to follow.
            Anchor source = new Anchor(a.url(), "Source");
            source.setTarget("_blank");
            source.getElement().setAttribute("rel", "noopener noreferrer");
            meta.add(source);
        }
        meta.add(new Span("Imported by " + a.importedBy()));
        meta.add(new Span(a.claims().size() + " claims"));
        long articleId = a.id();
        Anchor gold = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = goldExport.goldZip(articleId);
            return new DownloadResponse(new ByteArrayInputStream(zip), "claimdesk-gold-article-" + articleId + ".zip",
                    "application/zip", zip.length);
        }), "Export gold data");
        gold.setId("export-gold");
        gold.getElement().setAttribute("download", true);
        meta.add(gold, deleteArticle);

        text = new HighlightedText(a.text(), a.claims(), id ->
                a.claims().stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> {
                    claims.deselectAll();
                    claims.select(c);
                }));
        claims.setItems(a.claims());
        updateTools();

        HorizontalLayout tools = new HorizontalLayout(addFromSelection, edit, split, merge, delete);
        tools.addClassName("claim-tools");
        tools.setWrap(true);
        VerticalLayout side = new VerticalLayout(tools, claims);
        side.setPadding(false);
        side.setSizeFull();
        side.expand(claims);

        Div textPane = new Div(text);
        textPane.addClassName("text-pane");
        SplitLayout layout = new SplitLayout(textPane, side);
        layout.setSizeFull();
        layout.setSplitterPosition(55);
        add(heading, meta, layout);
        expand(layout);
    }

    private void updateTools() {
        int n = claims.getSelectedItems().size();
        edit.setEnabled(n == 1);
        split.setEnabled(n == 1);
        delete.setEnabled(n == 1);
        merge.setEnabled(n == 2);
    }

    private Optional<ClaimDetails> single() {
        Set<ClaimDetails> selected = claims.getSelectedItems();
        return selected.size() == 1 ? selected.stream().findFirst() : Optional.empty();
    }

    /** Opens the form for a claim the engine missed; called with the selection's offsets in the text. */
    void openAddDialog(int start, int end) {
        AddClaimDialog dialog = new AddClaimDialog(article.text(), start, end);
        dialog.addSaveListener(e -> {
            try {
                articles.addClaimFromSelection(article.id(), e.start(), e.end(), e.claimant(), e.type());
                dialog.close();
                reload();
                notify("Claim added", false);
            } catch (InputRejectedException rejected) {
                dialog.showProblem(rejected.getMessage());
            }
        });
        add(dialog);
        dialog.open();
    }

    void openEditDialog(ClaimDetails claim) {
        EditClaimDialog dialog = new EditClaimDialog(claim);
        dialog.form().addSaveListener(e -> {
            try {
                corrections.edit(claim.id(), e.version(), e.edit());
                dialog.close();
                reload();
                notify("Claim saved", false);
            } catch (StaleClaimException stale) {
                dialog.form().showProblem(stale.getMessage() + " Close this dialog and open the claim again to see their change.");
            } catch (InputRejectedException rejected) {
                dialog.form().showRejection(rejected);
            }
        });
        dialog.form().addCancelListener(e -> dialog.close());
        add(dialog);
        dialog.open();
    }

    void openSplitDialog(ClaimDetails claim) {
        SplitClaimDialog dialog = new SplitClaimDialog(article.text().substring(claim.start(), claim.end()));
        dialog.addSplitListener(e -> {
            try {
                corrections.split(claim.id(), claim.version(), e.offset());
                dialog.close();
                reload();
                notify("Claim split in two", false);
            } catch (StaleClaimException | InputRejectedException problem) {
                dialog.showProblem(problem.getMessage());
            }
        });
        add(dialog);
        dialog.open();
    }

    void mergeSelected() {
        List<ClaimDetails> two = new ArrayList<>(claims.getSelectedItems());
        if (two.size() != 2) {
            notify("Select exactly two claims to merge.", true);
            return;
        }
        two.sort(Comparator.comparingInt(ClaimDetails::start));
        try {
            corrections.merge(two.get(0).id(), two.get(0).version(), two.get(1).id(), two.get(1).version());
            reload();
            notify("Claims merged", false);
        } catch (StaleClaimException | InputRejectedException problem) {
            notify(problem.getMessage(), true);
        }
    }

    void confirmDelete(ClaimDetails claim) {
        ConfirmDialog confirm = new ConfirmDialog("Delete this claim?",
                "“" + claim.text() + "” will be removed from the article's claims. Its history is kept.",
                "Delete", e -> deleteClaim(claim));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("confirm-delete");
        add(confirm);
        confirm.open();
    }

    void confirmDeleteArticle() {
        ConfirmDialog confirm = new ConfirmDialog("Delete this article?",
                "“" + article.title() + "” and its " + article.claims().size()
                        + " claims will be removed. The claims' history is kept.",
                "Delete article", e -> {
                    articles.delete(article.id());
                    notify("Article deleted", false);
                    getUI().ifPresent(ui -> ui.navigate("articles"));
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        add(confirm);
        confirm.open();
    }

    void deleteClaim(ClaimDetails claim) {
        try {
            corrections.delete(claim.id(), claim.version());
            reload();
            notify("Claim deleted", false);
        } catch (StaleClaimException stale) {
            notify(stale.getMessage(), true);
        }
    }

    private static void notify(String message, boolean error) {
        Notification n = Notification.show(message, error ? 6000 : 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
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
        return q.text() + " = " + (q.approximate() ? "~" : "") + q.formattedValue() + (q.unit() == null ? "" : " " + q.unit());
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
