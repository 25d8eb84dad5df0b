package org.claimdesk.export.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ui.ArticleView;
import org.claimdesk.claim.ArticleRef;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ui.ClaimsView;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.export.ExportFixture;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims grid's and the article page's "Export…", and the Exports view, without a browser. */
@ClaimDeskSpringTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ExportDialogTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimCorrections corrections;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    ExportService exports;

    private ArticleDetails articleWithOneVerified() {
        ExportFixture f = new ExportFixture(articles, claims, corrections, evidence, verdicts);
        ArticleDetails a = f.importAs("checker", "Export UI");
        f.verify(f.claimsOf(a).getFirst().id(), "checker", "editor");
        AsUser.signIn("editor", Role.EDITOR_NAME);
        return a;
    }

    /** Starts the export, waits for the background work and runs the UI updates it queued. */
    private void runExport(ExportDialog dialog) throws Exception {
        test(dialog.start).click();
        CompletableFuture<Void> running = dialog.running;
        assertThat(running).isNotNull();
        running.get(30, TimeUnit.SECONDS);
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_claims_grid_exports_what_its_filters_show_in_the_background_and_offers_the_download() throws Exception {
        ArticleDetails a = articleWithOneVerified();
        navigate(ClaimsView.class);
        ((ComboBox<ArticleRef>) $(ComboBox.class).id("claim-article-filter")).setValue(new ArticleRef(a.id(), a.title()));
        test($(Button.class).id("claims-export")).click();
        ExportDialog dialog = $(ExportDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("all statuses");
        assertThat(dialog.format.getValue()).isEqualTo(ExportFormat.CSV);

        runExport(dialog);

        assertThat(dialog.state.getText()).isEqualTo(a.claims().size() + " claims exported.");
        Anchor download = dialog.download;
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getText()).startsWith("Download claimdesk-article-" + a.id() + "-").endsWith(".csv");
        assertThat(download.getHref()).isNotBlank();
        assertThat(dialog.progress.getValue()).isEqualTo(1.0);
        assertThat(exports.recent().getFirst().filter()).isEqualTo("status=ALL article=" + a.id());

        test(dialog.cancel).click(); // "Close" now
        assertThat($(ExportDialog.class).exists()).isFalse();
    }

    @Test
    void the_article_page_exports_its_verified_claims() throws Exception {
        ArticleDetails a = articleWithOneVerified();
        navigate("articles/" + a.id(), ArticleView.class);
        test($(Button.class).id("article-export")).click();
        ExportDialog dialog = $(ExportDialog.class).single();
        dialog.format.setValue(ExportFormat.JSON);

        runExport(dialog);

        assertThat(dialog.state.getText()).isEqualTo("1 claims exported.");
        assertThat(dialog.download.getText()).endsWith(".json");
        assertThat(exports.recent().getFirst().filter()).isEqualTo("status=VERIFIED article=" + a.id());
    }

    @Test
    @WithMockUser(username = "checker", roles = "FACT_CHECKER")
    void a_fact_checker_gets_no_export_tools() {
        ArticleDetails a = articleWithOneVerified();
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        navigate(ClaimsView.class);
        assertThat($(Button.class).withId("claims-export").exists()).isFalse();
        navigate("articles/" + a.id(), ArticleView.class);
        assertThat($(Button.class).withId("article-export").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_exports_view_lists_the_latest_export() throws Exception {
        ArticleDetails a = articleWithOneVerified();
        exports.export(org.claimdesk.export.ExportFilter.ofArticle(a.id()), ExportFormat.CSV,
                java.io.OutputStream.nullOutputStream(), org.claimdesk.export.ExportProgress.NONE);
        ExportsView view = navigate("exports", ExportsView.class);
        Grid<org.claimdesk.export.ExportRecordDetails> grid = view.grid;
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("status=VERIFIED article=" + a.id());
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("editor");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("completed");
    }
}
