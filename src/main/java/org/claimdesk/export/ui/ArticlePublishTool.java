package org.claimdesk.export.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ui.ArticleTools;
import org.claimdesk.export.PublishResult;
import org.claimdesk.export.PublishingService;
import org.claimdesk.security.Role;
import org.claimdesk.shared.NotFoundException;

import java.util.List;

/** "Publish verified claims" on the article page (editors and admins): a result per verified claim. */
@org.springframework.stereotype.Component
class ArticlePublishTool implements ArticleTools {

    private final PublishingService publishing;
    private final AuthenticationContext auth;

    ArticlePublishTool(PublishingService publishing, AuthenticationContext auth) {
        this.publishing = publishing;
        this.auth = auth;
    }

    @Override
    public List<Component> create(ArticleDetails article, Runnable changed) {
        if (!auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME)) {
            return List.of();
        }
        Button publish = new Button(Texts.t("export.ArticlePublishTool.publish-verified-claims"), VaadinIcon.GLOBE.create(), e -> {
            try {
                results(publishing.publishArticle(article.id())).open();
            } catch (NotFoundException gone) {
                results(List.of()).open();
            }
            changed.run();
        });
        publish.setId("article-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return List.of(publish);
    }

    static Dialog results(List<PublishResult> results) {
        Dialog d = new Dialog();
        d.setId("publish-results");
        d.setHeaderTitle(Texts.t("export.ArticlePublishTool.publish-verified-claims"));
        long done = results.stream().filter(PublishResult::done).count();
        Paragraph summary = new Paragraph(results.isEmpty()
                ? Texts.t("export.ArticlePublishTool.no-verified-claims-to-publish")
                : Texts.t("export.ArticlePublishTool.published-and-not", done, results.size() - done));
        summary.setId("publish-results-summary");
        Grid<PublishResult> grid = new Grid<>(PublishResult.class, false);
        grid.addColumn(r -> "#" + r.claimId()).setHeader(Texts.t("export.ArticlePublishTool.claim")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Texts.t(r.done() ? "export.ArticlePublishTool.published" : "export.ArticlePublishTool.not-published")).setHeader(Texts.t("export.ArticlePublishTool.result")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PublishResult::message).setHeader(Texts.t("export.ArticlePublishTool.what-happened"));
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        grid.setWidth("40rem");
        d.add(summary);
        if (!results.isEmpty()) {
            d.add(grid);
        }
        d.getFooter().add(new Button(Texts.t("export.ArticlePublishTool.close"), e -> d.close()));
        return d;
    }
}
