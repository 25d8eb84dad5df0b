package org.claimdesk.security.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.security.AuthLog;
import org.claimdesk.security.AuthLogEntry;
import org.claimdesk.security.AuthOutcome;
import org.claimdesk.security.Role;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The auth log for admins: the newest sign-in attempts, narrowed by user, address or outcome. */
@Route("admin/auth-log")
@RolesAllowed(Role.ADMIN_NAME)
public class AuthLogView extends VerticalLayout implements HasDynamicTitle {

    /** How many entries the view shows at once: the newest. */
    static final int SHOWN = 200;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextField username = new TextField(Texts.t("security.AuthLogView.user"));
    final TextField address = new TextField(Texts.t("security.AuthLogView.address"));
    final ComboBox<AuthOutcome> outcome = new ComboBox<>(Texts.t("security.AuthLogView.outcome"), List.of(AuthOutcome.values()));
    final Button show = new Button(Texts.t("security.AuthLogView.show"));
    final Grid<AuthLogEntry> grid = new Grid<>(AuthLogEntry.class, false);

    private final AuthLog authLog;

    public AuthLogView(AuthLog authLog) {
        this.authLog = authLog;
        setSizeFull();
        username.setId("auth-log-user");
        address.setId("auth-log-address");
        outcome.setId("auth-log-outcome");
        outcome.setClearButtonVisible(true);
        show.setId("auth-log-show");
        show.addClickListener(e -> refresh());
        grid.setId("auth-log");
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader(Texts.t("security.AuthLogView.when")).setAutoWidth(true);
        grid.addColumn(AuthLogEntry::outcome).setHeader(Texts.t("security.AuthLogView.outcome")).setAutoWidth(true);
        grid.addColumn(AuthLogEntry::channel).setHeader(Texts.t("security.AuthLogView.how")).setAutoWidth(true);
        grid.addColumn(e -> e.username() == null ? Texts.t("security.AuthLogView.api-token") : e.username()).setHeader(Texts.t("security.AuthLogView.user")).setAutoWidth(true);
        grid.addColumn(AuthLogEntry::remoteAddress).setHeader(Texts.t("security.AuthLogView.address")).setAutoWidth(true);
        grid.addColumn(AuthLogEntry::reason).setHeader(Texts.t("security.AuthLogView.reason")).setFlexGrow(1);
        add(new H2(Texts.t("security.AuthLogView.sign-in-log")),
                new Paragraph(Texts.t("security.AuthLogView.intro", SHOWN)),
                new HorizontalLayout(username, address, outcome, show), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(authLog.newestFirst(username.getValue(), address.getValue(), outcome.getValue(), 0, SHOWN));
    }

    @Override
    public String getPageTitle() {
        return Texts.t("security.AuthLogView.page-title");
    }
}
