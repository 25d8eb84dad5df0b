package org.claimdesk.export.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.claim.ClaimFilter;
import org.claimdesk.claim.ui.ClaimsViewTools;
import org.claimdesk.export.ExportFilter;
import org.claimdesk.export.ExportService;
import org.claimdesk.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * "Export…" beside the claims grid's filters (editors and admins): exports exactly what the filters show at the
 * moment of the click; an empty status filter means every status, as in the grid.
 */
@org.springframework.stereotype.Component
class ClaimsGridExportTool implements ClaimsViewTools {

    private final ExportService exports;
    private final ExportJobs jobs;
    private final AuthenticationContext auth;

    ClaimsGridExportTool(ExportService exports, ExportJobs jobs, AuthenticationContext auth) {
        this.exports = exports;
        this.jobs = jobs;
        this.auth = auth;
    }

    @Override
    public List<Component> create(Supplier<ClaimFilter> filter) {
        if (!auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME)) {
            return List.of();
        }
        Button export = new Button(Texts.t("export.ClaimsGridExportTool.export"), VaadinIcon.DOWNLOAD.create(), e -> {
            ClaimFilter f = filter.get();
            new ExportDialog(exports, jobs, of(f), describe(f), false).open();
        });
        export.setId("claims-export");
        return List.of(export);
    }

    static ExportFilter of(ClaimFilter f) {
        return new ExportFilter(f.status() == null ? ExportFilter.ALL_STATUSES : Set.of(f.status()), f.articleId(),
                null, null, null, f.query(), f.type());
    }

    static String describe(ClaimFilter f) {
        List<String> parts = new ArrayList<>();
        parts.add(f.status() == null ? Texts.t("export.ClaimsGridExportTool.all-statuses")
                : Texts.t("export.ClaimsGridExportTool.status", f.status()));
        if (f.type() != null) {
            parts.add(Texts.t("export.ClaimsGridExportTool.type", f.type()));
        }
        if (f.articleId() != null) {
            parts.add(Texts.t("export.ClaimsGridExportTool.one-article"));
        }
        if (f.hasQuery()) {
            parts.add(Texts.t("export.ClaimsGridExportTool.matching", f.query().strip()));
        }
        return Texts.t("export.ClaimsGridExportTool.the-claims-the-grid-shows", String.join(", ", parts));
    }
}
