package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.GoldExport;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.security.Role;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.RecordNotFound;

import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One article: its text with every claim's span highlighted, its claims beside it, and the tools to correct
 * extraction where the fact-checker sees it (add from a selection, edit, split, merge, delete) and to export
 * the corrected claims as gold data.
 */
@Route("articles/:articleId")
@JavaScript("context://scripts/article-page.js")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
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

    /** The same words for an article that does not exist and one of another team, which is not to be revealed. */
    static final String NOT_FOUND = "article.ArticleView.not-found";
    private final ArticleService articles;
    private final ClaimCorrectionActions actions;
    private final List<ArticleTools> otherTools;
    final ArticleHeader header;
    final ArticleClaimsGrid claims = new ArticleClaimsGrid();
    final HighlightLegend legend = new HighlightLegend();
    final HorizontalLayout tools = new HorizontalLayout();
    final Button addFromSelection = new Button(Texts.t("article.ArticleView.add-claim-from-selection"), VaadinIcon.PLUS.create());
    final Button edit = new Button(Texts.t("article.ArticleView.edit"), VaadinIcon.EDIT.create());
    final Button split = new Button(Texts.t("article.ArticleView.split"), VaadinIcon.SCISSORS.create());
    final Button merge = new Button(Texts.t("article.ArticleView.merge"), VaadinIcon.COMPRESS.create());
    final Button delete = new Button(Texts.t("article.ArticleView.delete"), VaadinIcon.TRASH.create());
    HighlightedText text;
    ArticleDetails article;
    private String title = Texts.t("article.ArticleView.article");

    public ArticleView(ArticleService articles, ClaimCorrections corrections, GoldExport goldExport,
                       AuthenticationContext auth, ObjectProvider<ArticleTools> otherTools) {
        this.articles = articles;
        this.otherTools = otherTools.orderedStream().toList();
        this.actions = new ClaimCorrectionActions(articles, corrections, () -> article, this::reload);
        this.header = new ArticleHeader(articles, goldExport, auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME), () -> {
            ClaimCorrectionActions.notify(Texts.t("article.ArticleView.article-deleted"), false);
            getUI().ifPresent(ui -> ui.navigate("articles"));
        });
        setSizeFull();
        claims.addSelectionListener(e -> {
            updateTools();
            // the claim picked last is the one marked in the text
            e.getAllSelectedItems().stream().reduce((a, b) -> b).ifPresent(c -> text.mark(c.id()));
        });
        // a click anywhere on a row picks it (or puts it back), not only on its box; the box and the row's link
        // are focusable, so the grid sends no item click for them and they keep working as before
        claims.addItemClickListener(e -> {
            if (e.getClickCount() == 1) {
                toggle(e.getItem());
            }
        });
        claims.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().id())));

        addFromSelection.setId("add-from-selection");
        addFromSelection.addClickListener(e -> text.getElement().executeJs(SELECTION_OFFSETS_JS).then(result -> {
            if (result == null || !result.isArray() || result.size() != 2) {
                ClaimCorrectionActions.notify(Texts.t("article.ArticleView.select-the-claims-words-first"), true);
            } else {
                openAddDialog(result.get(0).asInt(), result.get(1).asInt());
            }
        }));
        edit.setId("edit-claim");
        edit.addClickListener(e -> single().ifPresent(actions::edit));
        split.setId("split-claim");
        split.addClickListener(e -> single().ifPresent(actions::split));
        merge.setId("merge-claims");
        merge.addClickListener(e -> {
            if (claims.getSelectedItems().size() == 2) {
                actions.merge(new ArrayList<>(claims.getSelectedItems()));
            }
        });
        delete.setId("delete-claim");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> single().ifPresent(actions::delete));
        for (Button b : List.of(addFromSelection, edit, split, merge, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("articleId").flatMap(ArticleView::parseId);
        if (id.isEmpty()) {
            RecordNotFound.show(event, Texts.t(NOT_FOUND));
            return;
        }
        try {
            show(articles.get(id.get()));
        } catch (NotFoundException e) {
            RecordNotFound.show(event, Texts.t(NOT_FOUND));
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("claim").flatMap(ArticleView::parseId)
                .flatMap(cid -> article.claims().stream().filter(c -> c.id() == cid).findFirst())
                .ifPresent(claims::select);
    }

    void reload() {
        show(articles.get(article.id()));
    }

    /** Opens the form for a claim the engine missed; called with the selection's offsets in the text. */
    void openAddDialog(int start, int end) {
        actions.add(start, end);
    }

    private void show(ArticleDetails a) {
        removeAll();
        article = a;
        title = a.title();
        header.show(a);
        text = new HighlightedText(a.text(), a.claims(), id ->
                a.claims().stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> {
                    claims.deselectAll();
                    claims.select(c);
                    claims.scrollToItem(c); // picked in the text: bring its row into view
                }));
        claims.setItems(a.claims());
        updateTools();

        // one row over the whole page width, not over the claims column: at 1440 px every tool fits without
        // wrapping; narrower, the row scrolls sideways (claimdesk.css) rather than pushing the grid down
        tools.removeAll();
        tools.add(addFromSelection, edit, split, merge, delete);
        otherTools.forEach(t -> t.create(a, this::reload).forEach(tool -> {
            if (tool instanceof Button b) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL); // one compact size for the whole row
            }
            tools.add(tool);
        }));
        tools.setId("article-tools");
        tools.addClassName("claim-tools");
        tools.setWrap(false);
        tools.setWidthFull();
        VerticalLayout side = new VerticalLayout(claims);
        side.setPadding(false);
        side.setSizeFull();
        side.expand(claims);

        Div textPane = new Div(legend, text);
        textPane.addClassName("text-pane");
        SplitLayout layout = new SplitLayout(textPane, side);
        layout.setSizeFull();
        layout.setSplitterPosition(55);
        add(header, tools, layout);
        expand(layout);
    }

    private void updateTools() {
        int n = claims.getSelectedItems().size();
        edit.setEnabled(n == 1);
        split.setEnabled(n == 1);
        delete.setEnabled(n == 1);
        merge.setEnabled(n == 2);
    }

    private void toggle(ClaimDetails claim) {
        if (claims.getSelectedItems().contains(claim)) {
            claims.deselect(claim);
        } else {
            claims.select(claim);
        }
    }

    private Optional<ClaimDetails> single() {
        Set<ClaimDetails> selected = claims.getSelectedItems();
        return selected.size() == 1 ? selected.stream().findFirst() : Optional.empty();
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
        return Texts.t("article.ArticleView.page-title", title);
    }
}
