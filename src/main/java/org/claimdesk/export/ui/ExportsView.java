package org.claimdesk.export.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.export.ExportRecordDetails;
import org.claimdesk.export.ExportService;
import org.claimdesk.security.Role;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The latest exports, newest first: who exported which claims, when, in which format, how many, and whether it finished. */
@Route("exports")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class ExportsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Grid<ExportRecordDetails> grid = new Grid<>(ExportRecordDetails.class, false);

    public ExportsView(ExportService exports) {
        setSizeFull();
        grid.setId("exports-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> WHEN.format(r.exportedAt())).setHeader(Texts.t("export.ExportsView.when")).setFlexGrow(0).setWidth("11rem");
        grid.addColumn(ExportRecordDetails::exportedBy).setHeader(Texts.t("export.ExportsView.who")).setFlexGrow(1);
        grid.addColumn(r -> r.format().name()).setHeader(Texts.t("export.ExportsView.format")).setFlexGrow(0).setWidth("9rem");
        grid.addColumn(ExportRecordDetails::filter).setHeader(Texts.t("export.ExportsView.claims")).setFlexGrow(3);
        grid.addColumn(ExportRecordDetails::rowCount).setHeader(Texts.t("export.ExportsView.rows")).setFlexGrow(0).setWidth("7rem");
        grid.addColumn(r -> Texts.t(r.completed() ? "export.ExportsView.completed" : "export.ExportsView.not-completed")).setHeader(Texts.t("export.ExportsView.result")).setFlexGrow(0)
                .setWidth("9rem");
        grid.setItems(exports.recent());
        grid.setEmptyStateText(Texts.t("export.ExportsView.no-exports-yet"));
        add(new H2(Texts.t("export.ExportsView.exports")), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("export.ExportsView.page-title");
    }
}
