package org.claimdesk.export.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ui.ArticleTools;
import org.claimdesk.export.ExportFilter;
import org.claimdesk.export.ExportService;
import org.claimdesk.security.Role;

import java.util.List;

/** "Export…" on the article page (editors and admins): the article's verified claims, or all of them if asked. */
@org.springframework.stereotype.Component
class ArticleExportTool implements ArticleTools {

    private final ExportService exports;
    private final ExportJobs jobs;
    private final AuthenticationContext auth;

    ArticleExportTool(ExportService exports, ExportJobs jobs, AuthenticationContext auth) {
        this.exports = exports;
        this.jobs = jobs;
        this.auth = auth;
    }

    @Override
    public List<Component> create(ArticleDetails article, Runnable changed) {
        if (!auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME)) {
            return List.of();
        }
        long id = article.id();
        Button export = new Button(Texts.t("export.ArticleExportTool.export"), VaadinIcon.DOWNLOAD.create(), e ->
                new ExportDialog(exports, jobs, ExportFilter.ofArticle(id),
                        Texts.t("export.ArticleExportTool.the-verified-claims-of-this-article"), true)
                        .open());
        export.setId("article-export");
        export.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return List.of(export);
    }
}
