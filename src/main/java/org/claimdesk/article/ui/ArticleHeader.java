package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.GoldExport;

import java.io.ByteArrayInputStream;

/** The top of the article page: title, publisher, date, link, who imported it, gold export, delete (editors). */
class ArticleHeader extends Div {

    final Button deleteArticle = new Button(Texts.t("article.ArticleHeader.delete-article"), VaadinIcon.TRASH.create());
    private final ArticleService articles;
    private final GoldExport goldExport;
    private final Runnable deleted;
    private ArticleDetails article;

    ArticleHeader(ArticleService articles, GoldExport goldExport, boolean editor, Runnable deleted) {
        this.articles = articles;
        this.goldExport = goldExport;
        this.deleted = deleted;
        deleteArticle.setId("delete-article");
        deleteArticle.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        deleteArticle.setVisible(editor); // the service allows editors only, too
        deleteArticle.addClickListener(e -> confirmDeleteArticle());
    }

    void show(ArticleDetails a) {
        article = a;
        removeAll();
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
            Anchor source = new Anchor(a.url(), Texts.t("article.ArticleHeader.source"));
            source.setTarget("_blank");
            source.getElement().setAttribute("rel", "noopener noreferrer");
            meta.add(source);
        }
        meta.add(new Span(Texts.t("article.ArticleHeader.imported-by", a.importedBy())));
        meta.add(new Span(Texts.t("article.ArticleHeader.claim-count", a.claims().size())));
        long articleId = a.id();
        Anchor gold = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = goldExport.goldZip(articleId);
            return new DownloadResponse(new ByteArrayInputStream(zip), "claimdesk-gold-article-" + articleId + ".zip",
                    "application/zip", zip.length);
        }), Texts.t("article.ArticleHeader.export-gold-data"));
        gold.setId("export-gold");
        gold.getElement().setAttribute("download", true);
        meta.add(gold, deleteArticle);
        add(heading, meta);
    }

    private void confirmDeleteArticle() {
        ConfirmDialog confirm = new ConfirmDialog(Texts.t("article.ArticleHeader.delete-this-article"),
                Texts.t("article.ArticleHeader.article-and-claims-removed", article.claims().size(), article.title()),
                Texts.t("article.ArticleHeader.delete-article"), e -> {
                    articles.delete(article.id());
                    deleted.run();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        add(confirm);
        confirm.open();
    }
}
